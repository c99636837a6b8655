package dev.trackside.parse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One small but complete valid document per format Trackside reads, using most fields each format has: the seeds
 * that the hostile-input and property tests cut, edit and retype. Pretty-printed, so that positions have lines.
 */
final class SampleDocs {
    private SampleDocs() {
    }

    static final String TRACKSIDE = """
            {
              "format": "trackside-schedule",
              "version": 1,
              "conference": {"id": "demo-2026", "name": "DemoCon 2026", "timeZone": "Europe/Berlin",
                             "venue": "Hall", "url": "https://demo.example/"},
              "days": [{"date": "2026-06-10", "name": "Talks"},
                       {"date": "2026-06-11", "name": "Night", "start": "2026-06-11T18:00+02:00",
                        "end": "2026-06-12T04:00+02:00"}],
              "rooms": [{"id": "a", "name": "Hall A"}, {"id": 2, "name": "Room 2"}],
              "tracks": [{"id": "web", "name": "Web", "color": "#0c6b58"}],
              "speakers": [{"id": "ada", "name": "Ada", "bio": "Engines.",
                            "links": [{"title": "Site", "url": "https://ada.example/"}]},
                           {"id": 7, "name": "Grace"}],
              "sessions": [
                {"id": "open", "title": "Opening", "kind": "other", "start": "2026-06-10T09:00+02:00",
                 "end": "2026-06-10T09:15+02:00", "rooms": ["a", 2]},
                {"id": 2, "title": "Async views", "start": "2026-06-10T09:30+02:00", "duration": 40, "room": "a",
                 "track": "web", "speakers": ["ada", 7], "tags": ["async"], "abstract": "Some *text*.",
                 "language": "en", "level": "intermediate",
                 "links": [{"title": "Slides", "url": "https://slides.example/2"}]},
                {"id": "late", "title": "Late set", "kind": "social", "start": "2026-06-12T01:00+02:00",
                 "duration": 60, "room": 2}
              ]
            }
            """;

    static final String FRAB = """
            {
              "schedule": {
                "version": "1.0",
                "base_url": "https://frab.example/",
                "conference": {
                  "acronym": "fc24", "title": "FrabCon", "time_zone_name": "Europe/Berlin",
                  "day_change": "04:00", "defaults": {"language": "en"},
                  "rooms": [{"name": "Ada", "guid": "r-ada"}, {"name": "Borg"}],
                  "tracks": [{"name": "Hardware", "color": "#aa3300"}],
                  "days": [
                    {"index": 1, "date": "2024-12-27", "day_start": "2024-12-27T11:00:00+01:00",
                     "day_end": "2024-12-28T04:00:00+01:00",
                     "rooms": {
                       "Ada": [
                         {"guid": "e1", "id": 11, "title": "Keynote", "subtitle": "Sub", "type": "keynote",
                          "date": "2024-12-27T11:00:00+01:00", "start": "11:00", "duration": "01:00",
                          "room": "Ada", "track": "Hardware", "language": "en", "abstract": "About it.",
                          "description": {"en": "More.", "de": "Mehr."},
                          "persons": [{"id": 1, "public_name": "Ann"}, "Bob"],
                          "links": [{"url": "https://x.example/", "title": "X"}, "https://y.example/"],
                          "attachments": [], "url": "https://frab.example/e1"}
                       ],
                       "Borg": [
                         {"guid": "e2", "id": 12, "title": "Night talk", "type": "lecture", "start": "01:30",
                          "duration": "0:45", "room": "Borg", "persons": [{"id": 2, "name": "Cy"}]}
                       ]
                     }},
                    {"index": 2, "date": "2024-12-28", "rooms": {"Ada": [
                      {"guid": "e3", "id": 13, "title": "Workshop", "type": "workshop",
                       "date": "2024-12-28T14:00:00+01:00", "duration": "PT2H", "room": "Ada"}]}}
                  ]
                }
              }
            }
            """;

    static final String FRAB_SCHEDULE2 = """
            {
              "schedule": {
                "conference": {"acronym": "hub", "title": "Hub", "time_zone_name": "Europe/Berlin",
                               "rooms": [{"name": "Saal 1", "guid": "g1", "slug": "saal-1"}],
                               "tracks": [{"slug": "art", "name": "Art", "color": "#123456"}]},
                "persons": [{"guid": "p1", "name": "Dee", "biography": {"en": "Bio"}, "links": []}],
                "events": [
                  {"guid": "h1", "title": "Flat event", "start": "2024-12-27T12:00:00+01:00",
                   "end": "2024-12-27T12:30:00+01:00", "room": {"guid": "g1"}, "track": {"slug": "art"},
                   "participants": [{"guid": "p1"}], "type": "talk"},
                  {"guid": "h2", "title": "Other", "start": "2024-12-27T13:00:00+01:00", "duration": "00:30",
                   "room": "Saal 2", "track": "Music"}
                ]
              }
            }
            """;

    static final String PRETALX = """
            {
              "version": "2024.1", "timezone": "Europe/Berlin",
              "rooms": [{"id": 1, "name": {"en": "Main", "de": "Haupt"}}, {"id": 2, "name": "Side"}],
              "tracks": [{"id": 11, "name": "Science", "color": "#336699"}],
              "speakers": [{"code": "SPK1", "name": "Eve"}, {"code": "SPK2", "name": "Fay", "avatar": null}],
              "talks": [
                {"code": "T1", "title": "First", "abstract": "Abs", "speakers": ["SPK1", "SPK2"], "track": 11,
                 "start": "2024-08-19T10:00:00+02:00", "end": "2024-08-19T10:20:00+02:00", "room": 1},
                {"code": "T2", "title": {"en": "Second"}, "speakers": ["SPK2"], "room": 2,
                 "start": "2024-08-19T11:00:00+02:00", "duration": 30, "content_locale": "de"},
                {"id": 99, "title": {"en": "Coffee"}, "slot_type": "break", "room": 1,
                 "start": "2024-08-19T10:30:00Z", "end": "2024-08-19T10:45:00Z"}
              ]
            }
            """;

    static final String SESSIONIZE = """
            {
              "sessions": [
                {"id": "101", "title": "Sessionized", "description": "Desc", "startsAt": "2024-04-20T09:00:00",
                 "endsAt": "2024-04-20T09:45:00", "isServiceSession": false, "isPlenumSession": false,
                 "speakers": ["sp-1"], "categoryItems": [501, 601], "questionAnswers":
                 [{"questionId": 9, "answerValue": "https://video.example/101"}], "roomId": 31,
                 "liveUrl": null, "recordingUrl": "https://rec.example/101"},
                {"id": "102", "title": "Lunch", "startsAt": "2024-04-20T12:00:00", "endsAt": "2024-04-20T13:00:00",
                 "isServiceSession": true, "isPlenumSession": true, "speakers": [], "categoryItems": [],
                 "roomId": 32}
              ],
              "speakers": [{"id": "sp-1", "firstName": "Gil", "lastName": "Ho", "fullName": "Gil Ho",
                            "bio": "B", "tagLine": "T", "links": [{"title": "Web", "url": "https://gil.example/",
                            "linkType": "Blog"}]}],
              "questions": [{"id": 9, "question": "Video"}],
              "categories": [
                {"id": 5, "title": "Track", "items": [{"id": 501, "name": "Cloud"}]},
                {"id": 6, "title": "Level", "items": [{"id": 601, "name": "Beginner"}]}
              ],
              "rooms": [{"id": 31, "name": "Room A"}, {"id": 32, "name": "Room B"}]
            }
            """;

    /** Every sample by a short name, in a fixed order. */
    static Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("trackside", TRACKSIDE);
        all.put("frab", FRAB);
        all.put("frab-schedule2", FRAB_SCHEDULE2);
        all.put("pretalx", PRETALX);
        all.put("sessionize", SESSIONIZE);
        return all;
    }

    /** Whether a sample is read strictly (Trackside) rather than leniently with warnings. */
    static boolean strict(String name) {
        return name.equals("trackside");
    }
}
