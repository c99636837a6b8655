package dev.trackside.parse;

import static dev.trackside.parse.ScheduleErrorTest.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** References to rooms, tracks and speakers that do not exist, and ids that are not unique. */
class ReferenceErrorTest {
    @Test
    void unknownRoomInRoomString() {
        ScheduleException e = fails(MinimalDoc.valid().session(1, "room", "\"hall-z\""));
        assertEquals("$.sessions[1].room: no room with id \"hall-z\"", e.getMessage());
    }

    @Test
    void unknownRoomInRoomsArrayNamesTheElement() {
        ScheduleException e = fails(MinimalDoc.valid().session(0, "rooms", "[\"hall-a\", \"hall-z\"]"));
        assertEquals("$.sessions[0].rooms[1]: no room with id \"hall-z\"", e.getMessage());
    }

    @Test
    void roomIdsAreCaseSensitive() {
        assertEquals("$.sessions[1].room", fails(MinimalDoc.valid().session(1, "room", "\"Hall-A\"")).path());
    }

    @Test
    void unknownTrack() {
        ScheduleException e = fails(MinimalDoc.valid().session(1, "track", "\"data\""));
        assertEquals("$.sessions[1].track: no track with id \"data\"", e.getMessage());
    }

    @Test
    void unknownSpeakerNamesTheElement() {
        ScheduleException e = fails(MinimalDoc.valid().session(1, "speakers", "[\"linus\", \"ada\"]"));
        assertEquals("$.sessions[1].speakers[0]: no speaker with id \"linus\"", e.getMessage());
        e = fails(MinimalDoc.valid().session(1, "speakers", "[\"ada\", \"linus\"]"));
        assertEquals("$.sessions[1].speakers[1]", e.path());
    }

    @Test
    void referenceToADeclaredThingOfAnotherSortIsUnknown() {
        // "ada" is a speaker, not a room.
        assertEquals("$.sessions[1].room", fails(MinimalDoc.valid().session(1, "room", "\"ada\"")).path());
    }

    @Test
    void referencesWithoutAnyRoomsDeclared() {
        ScheduleException e = fails(MinimalDoc.valid().without("rooms"));
        assertEquals("$.sessions[0].rooms[0]: no room with id \"hall-a\"", e.getMessage());
    }

    @Test
    void duplicateSessionIdNamesBothPlaces() {
        ScheduleException e = fails(MinimalDoc.valid().session(1, "id", "\"opening\""));
        assertEquals("$.sessions[1].id: duplicate session id \"opening\" (also at $.sessions[0])", e.getMessage());
    }

    @Test
    void duplicateRoomId() {
        ScheduleException e = fails(MinimalDoc.valid().set("rooms",
                "[{\"id\": \"hall-a\", \"name\": \"Hall A\"}, {\"id\": \"hall-a\", \"name\": \"Hall B\"}]"));
        assertEquals("$.rooms[1].id: duplicate room id \"hall-a\"", e.getMessage());
    }

    @Test
    void duplicateTrackId() {
        ScheduleException e = fails(MinimalDoc.valid().set("tracks",
                "[{\"id\": \"web\", \"name\": \"Web\"}, {\"id\": \"web\", \"name\": \"Web 2\"}]"));
        assertEquals("$.tracks[1].id: duplicate track id \"web\"", e.getMessage());
    }

    @Test
    void duplicateSpeakerId() {
        ScheduleException e = fails(MinimalDoc.valid().set("speakers",
                "[{\"id\": \"ada\", \"name\": \"Ada Lovelace\"}, {\"id\": \"ada\", \"name\": \"Ada Byron\"}]"));
        assertEquals("$.speakers[1].id: duplicate speaker id \"ada\"", e.getMessage());
    }

    @Test
    void numericAndStringIdWithTheSameDigitsAreTheSameId() {
        ScheduleException e = fails(MinimalDoc.valid().set("speakers",
                "[{\"id\": 10, \"name\": \"Ada Lovelace\"}, {\"id\": \"10\", \"name\": \"Grace Hopper\"}]"));
        assertEquals("$.speakers[1].id", e.path());
    }

    @Test
    void missingRoomName() {
        ScheduleException e = fails(MinimalDoc.valid().set("rooms", "[{\"id\": \"hall-a\"}]"));
        assertEquals("$.rooms[0]: missing required field \"name\"", e.getMessage());
    }
}
