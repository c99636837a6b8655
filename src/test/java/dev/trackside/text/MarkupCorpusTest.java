package dev.trackside.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.Corpus;
import dev.trackside.cli.FrabXml;
import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.Session;
import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Schedules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every abstract of the real schedules in the corpus (Markdown from pretalx, HTML from FOSDEM, MediaWiki and plain
 * text from frab): parsed without error into a well-formed tree with safe links only, and no word of the visible
 * text lost. "Visible" is worked out independently here, with regular expressions: the source without allowlisted
 * tags, Markdown link targets and entities.
 */
class MarkupCorpusTest {
    private static final String[] SOURCES = {"voc-36C3_schedule/everything.schedule.json",
        "voc-camp2019_schedule/everything.schedule.json", "fosdem-mttcrsp/fosdem-2020.schedule.xml",
        "fosdem-mttcrsp/fosdem-2007.schedule.xml", "voc-schedule/json/examples/pretalx-rc3.json",
        "voc-schedule/json/examples/pretalx-democon.json", "sotm2022-pretalx-widget/talks.json",
        "global-azure-austria-sessionize/Y2024/sessionize.json"};
    private static final Pattern TAG = Pattern.compile("</?(p|div|blockquote|hr|ul|ol|li|h[1-6]|pre|em|i|strong|b|a|"
            + "code|br|span|small|big|u|font|abbr|cite|mark)(\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*(\\s+\"[^\"]*\")?\\)");
    private static final Pattern ENTITY = Pattern.compile("&#?[a-zA-Z0-9]+;");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{4,}");

    @Test
    void everyAbstractParsesSafelyAndKeepsItsWords() throws IOException {
        Map<String, Integer> stats = new LinkedHashMap<>();
        List<String> lost = new ArrayList<>();
        long nanos = 0;
        int abstracts = 0;
        for (String source : SOURCES) {
            String text = Files.readString(Corpus.root().resolve(source), StandardCharsets.UTF_8);
            ScheduleRead read = source.endsWith(".xml") ? FrabXml.read(text, JavaTimeZones.INSTANCE)
                    : Schedules.read(text, JavaTimeZones.INSTANCE);
            for (Session session : read.schedule().sessions()) {
                String abstractText = session.abstractText();
                if (abstractText == null || abstractText.isBlank()) {
                    continue;
                }
                abstracts++;
                long start = System.nanoTime();
                Doc doc = Markup.parse(abstractText);
                nanos += System.nanoTime() - start;
                Walk.checkShape(doc);
                for (String url : Walk.linkUrls(doc)) {
                    assertTrue(Walk.allowed(url), url);
                }
                for (Node node : Walk.nodes(doc)) {
                    stats.merge(Debug.dump(node).replaceAll("[(\\[].*", ""), 1, Integer::sum);
                }
                String plain = Markup.plainText(doc);
                String visible = ENTITY.matcher(LINK_TARGET.matcher(TAG.matcher(abstractText).replaceAll(" "))
                        .replaceAll(" ")).replaceAll(" ");
                Matcher words = WORD.matcher(visible);
                while (words.find()) {
                    if (!plain.contains(words.group())) {
                        lost.add(source + " " + session.id() + ": " + words.group());
                    }
                }
            }
        }
        System.out.println("MarkupCorpusTest: " + abstracts + " abstracts in " + nanos / 1_000_000 + " ms: " + stats);
        assertTrue(abstracts > 2500, "abstracts: " + abstracts);
        assertEquals(List.of(), lost.subList(0, Math.min(20, lost.size())), lost.size() + " words lost");
    }
}
