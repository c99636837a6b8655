package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.trackside.model.TimeZones;
import org.junit.jupiter.api.Test;

/** A read limited to our own format (the browser's trackside-own.wasm) reads it as the full one does, and only it. */
class OtherFormatsTest {
    @Test
    void ourOwnFormatReadsTheSameWithoutTheOtherFormats() {
        ScheduleRead own = Schedules.read(SampleDocs.TRACKSIDE, TimeZones.NONE, null, OtherFormats.none());
        ScheduleRead all = Schedules.read(SampleDocs.TRACKSIDE, TimeZones.NONE, null, OtherFormats.all());
        assertEquals(TracksideWriter.write(all.schedule()), TracksideWriter.write(own.schedule()));
        assertEquals(all.format(), own.format());
    }

    @Test
    void otherToolsFormatsAreNotSchedulesWithoutTheirReaders() {
        Schedules.read(SampleDocs.FRAB, TimeZones.NONE, null, OtherFormats.all());
        ScheduleException e = assertThrows(ScheduleException.class,
                () -> Schedules.read(SampleDocs.FRAB, TimeZones.NONE, null, OtherFormats.none()));
        // Names only what this read knows.
        assertEquals("$: not a schedule in a format Trackside reads (Trackside with \"format\": \"trackside-schedule\")"
                + ": its top-level fields are \"schedule\"", e.getMessage());
    }

    @Test
    void syntaxErrorsAreTheSameEitherWay() {
        String broken = "{\"schedule\": {\"conference\": {\"title\": \"X\" \"days\": []}}}";
        ScheduleException none = assertThrows(ScheduleException.class,
                () -> Schedules.read(broken, TimeZones.NONE, null, OtherFormats.none()));
        ScheduleException all = assertThrows(ScheduleException.class,
                () -> Schedules.read(broken, TimeZones.NONE, null, OtherFormats.all()));
        assertEquals(all.getMessage(), none.getMessage());
    }
}
