package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.Corpus;
import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.Schedule;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quick read of a frab file's first day ({@link Schedules#readFirstDay}), which the viewer draws before reading
 * the rest, and the check that the whole read shows that day alike ({@link FirstDay}), on which the viewer keeps
 * what it drew.
 */
class FirstDayReadTest {
    private static final String DAY_TWO_EVENT = "\"date\": \"2024-12-28T14:00:00+01:00\"";

    private static FirstDay first(String text) {
        FirstDay first = Schedules.readFirstDay(Schedules.tree(text), JavaTimeZones.INSTANCE, null,
                OtherFormats.all());
        assertNotNull(first, "a first-day read");
        return first;
    }

    private static Schedule whole(String text) {
        return Schedules.read(text, JavaTimeZones.INSTANCE).schedule();
    }

    private static String withDayTwoEvent(String fields) {
        assertTrue(SampleDocs.FRAB.contains(DAY_TWO_EVENT));
        return SampleDocs.FRAB.replace(DAY_TWO_EVENT, fields);
    }

    @Test
    void aFrabFileReadsOnlyTheSessionsListedUnderItsFirstDayButEveryDay() {
        FirstDay quick = first(SampleDocs.FRAB);
        Schedule first = quick.read().schedule();
        Schedule whole = whole(SampleDocs.FRAB);
        assertEquals(2, first.sessions().size());
        assertEquals("e1", first.sessions().get(0).id());
        assertEquals("e2", first.sessions().get(1).id()); // the 01:30 night talk: still the first day's
        assertEquals(3, whole.sessions().size());
        assertEquals(whole.days().size(), first.days().size());
        assertEquals("FrabCon", first.conference().name());
        assertTrue(quick.drawnAlike(whole, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"voc-36C3_schedule/everything.schedule.json, 297, 1351",
        "voc-camp2019_schedule/everything.schedule.json, 92, 606"})
    void realFrabFilesShowTheirFirstDayAlikeWhenReadWhole(String file, int firstDay, int all) throws IOException {
        String text = Files.readString(Corpus.root().resolve(file));
        FirstDay quick = first(text);
        Schedule first = quick.read().schedule();
        Schedule whole = whole(text);
        assertEquals(firstDay, first.sessions().size());
        assertEquals(all, whole.sessions().size());
        for (int i = 0; i < first.sessions().size(); i++) {
            assertEquals(0, first.dayIndex(i), "every session of the quick read is on the first day");
        }
        assertTrue(quick.drawnAlike(whole, 0));
    }

    @Test
    void aSessionListedUnderALaterDayButStartingOnTheFirstMakesTheFirstDayDifferent() {
        String text = withDayTwoEvent("\"date\": \"2024-12-27T14:00:00+01:00\"");
        assertFalse(first(text).drawnAlike(whole(text), 0));
        assertTrue(first(text).drawnAlike(whole(text), 1), "the second day has no session of the first");
    }

    @Test
    void aLaterSessionOnAnUndeclaredDateAddsADayTheQuickReadDoesNotKnow() {
        String text = withDayTwoEvent("\"date\": \"2024-12-30T14:00:00+01:00\"");
        assertEquals(2, first(text).read().schedule().days().size());
        assertEquals(3, whole(text).days().size());
        assertFalse(first(text).drawnAlike(whole(text), 0));
    }

    @Test
    void anEventListedOnTwoDaysKeepsItsIdOnTheFirst() {
        String text = SampleDocs.FRAB.replace("{\"guid\": \"e3\"", "{\"guid\": \"e1\"");
        Schedule whole = whole(text);
        assertEquals("e1", whole.sessions().get(0).id());
        assertFalse(whole.sessions().get(2).id().equals("e1"), "the later copy is renamed");
        assertTrue(first(text).drawnAlike(whole, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"\"title\": \"Keynote\", \"title\": \"Opening keynote\"",
        "\"public_name\": \"Ann\", \"public_name\": \"Anne\"",
        "\"duration\": \"01:00\", \"duration\": \"01:30\"",
        "\"track\": \"Hardware\", \"track\": \"Software\"",
        "\"Borg\": [, \"Borg 2\": [",
        "\"About it.\", \"About that.\"",
        "https://x.example/, https://z.example/",
        "\"acronym\": \"fc24\", \"acronym\": \"fc25\""})
    void anyDifferenceInWhatTheFirstDayShowsIsFound(String from, String to) {
        assertTrue(SampleDocs.FRAB.contains(from), from);
        String changed = SampleDocs.FRAB.replace(from, to);
        assertTrue(first(changed).drawnAlike(whole(changed), 0));
        assertFalse(first(SampleDocs.FRAB).drawnAlike(whole(changed), 0), to);
    }

    @Test
    void formatsWithoutDayBlocksAndOurOwnHaveNoQuickRead() {
        for (String text : new String[] {SampleDocs.TRACKSIDE, SampleDocs.FRAB_SCHEDULE2, SampleDocs.PRETALX,
            SampleDocs.SESSIONIZE}) {
            assertNull(Schedules.readFirstDay(Schedules.tree(text), JavaTimeZones.INSTANCE, null,
                    OtherFormats.all()), text);
        }
        assertNull(Schedules.readFirstDay(Schedules.tree(SampleDocs.FRAB), JavaTimeZones.INSTANCE, null,
                OtherFormats.none()), "the engine for our own format reads no frab");
        String oneDay = SampleDocs.FRAB.substring(0,
                SampleDocs.FRAB.lastIndexOf(',', SampleDocs.FRAB.indexOf("{\"index\": 2"))) + "]}}}";
        assertEquals(1, whole(oneDay).days().size());
        assertNull(Schedules.readFirstDay(Schedules.tree(oneDay), JavaTimeZones.INSTANCE, null,
                OtherFormats.all()), "one day: nothing to put off");
    }
}
