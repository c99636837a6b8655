package dev.trackside.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Conference;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;

/** Reading our output back with ical4j (strict parsing, its default), and checks on the raw text. */
final class Ics {
    private Ics() {
    }

    static Schedule schedule(Conference conference, Session... sessions) {
        return new Schedule(conference, List.of(), List.of(), List.of(), List.of(), List.of(sessions));
    }

    static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("ical4j cannot read our output: " + e + "\n" + ics, e);
        }
    }

    static List<VEvent> events(Calendar calendar) {
        List<VEvent> events = new ArrayList<>();
        for (Object component : calendar.getComponents()) {
            assertTrue(component instanceof VEvent, "only VEVENTs, got " + component);
            events.add((VEvent) component);
        }
        return events;
    }

    static VEvent onlyEvent(String ics) {
        List<VEvent> events = events(parse(ics));
        assertEquals(1, events.size());
        return events.get(0);
    }

    /** The property's value as ical4j reads it (TEXT unescaped), or {@code null} when it is absent. */
    static String value(PropertyContainer container, String name) {
        List<Property> all = container.getProperties(name);
        assertTrue(all.size() <= 1, name + " appears " + all.size() + " times");
        return all.isEmpty() ? null : all.get(0).getValue();
    }

    /** A DATE-TIME property as an instant; it must be in UTC. */
    static Instant instant(Component component, String name) {
        Optional<Property> property = component.getProperty(name);
        assertTrue(property.isPresent(), "no " + name);
        DateProperty<?> date = (DateProperty<?>) property.get();
        assertTrue(date.isUtc(), name + " is not in UTC: " + date);
        Temporal temporal = date.getDate();
        return Instant.from(temporal);
    }

    static List<String> categories(Component component) {
        List<Property> all = component.getProperties("CATEGORIES");
        assertEquals(1, all.size(), "one CATEGORIES line");
        return new ArrayList<>(((Categories) all.get(0)).getCategories().getTexts());
    }

    /** The physical lines, checked: CRLF only, none empty, at most 75 octets of UTF-8, no character split. */
    static List<String> physicalLines(String ics) {
        assertTrue(ics.endsWith("\r\n"), "ends with CRLF");
        String[] lines = ics.substring(0, ics.length() - 2).split("\r\n", -1);
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (String line : lines) {
            assertFalse(line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0, "a bare CR or LF in " + line);
            assertFalse(line.isEmpty(), "an empty line");
            ByteBuffer bytes;
            try {
                bytes = encoder.encode(CharBuffer.wrap(line));
            } catch (CharacterCodingException e) {
                throw new AssertionError("a line splits a character: " + line, e);
            }
            assertTrue(bytes.remaining() <= IcsWriter.MAX_LINE_OCTETS, bytes.remaining() + " octets: " + line);
        }
        return List.of(lines);
    }

    /** The content lines: physical lines checked and unfolded (RFC 5545 3.1). */
    static List<String> contentLines(String ics) {
        List<String> unfolded = new ArrayList<>();
        for (String line : physicalLines(ics)) {
            if (line.startsWith(" ")) {
                int last = unfolded.size() - 1;
                unfolded.set(last, unfolded.get(last) + line.substring(1));
            } else {
                unfolded.add(line);
            }
        }
        return unfolded;
    }

    /** The one content line that starts with {@code prefix}, without it. */
    static String contentLine(String ics, String prefix) {
        String found = null;
        for (String line : contentLines(ics)) {
            if (line.startsWith(prefix)) {
                assertEquals(null, found, "two lines start with " + prefix);
                found = line.substring(prefix.length());
            }
        }
        return found;
    }
}
