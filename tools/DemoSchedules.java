/*
 * DemoSchedules: builds the two demo schedules in web/demo/ (Trackside schedule format v1, docs/format.md)
 * from the real-data corpus that lives OUTSIDE this repository.
 *
 *   java tools/DemoSchedules.java ../shared/data/real web/demo
 *
 * Single-file Java 17 program, no dependencies. Output is deterministic: the same input gives byte-identical
 * output (sorted directory listings, insertion-ordered maps, no clock or locale dependence).
 *
 * What is taken from the sources: facts only (titles, times, rooms, speaker names, video/slides/talk-page URLs,
 * difficulty level). Abstracts, descriptions and speaker bios are someone else's prose and are NOT copied.
 * Topic tags are derived here from titles with a small keyword table (TAG_RULES).
 *
 * Inputs:
 *   <corpus>/djangocon-2019.djangocon.us/_schedule/{tutorials,talks,sprints}/*.md and _presenters/*.md
 *   <corpus>/pycon-us-archive/2017/schedule-grid-derived.csv
 * See web/demo/README.md for provenance and the fixes applied.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class DemoSchedules {

    /** Both events were on Pacific Daylight Time; every start/end is written with this offset. */
    static final String OFFSET = "-07:00";
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java tools/DemoSchedules.java <corpus-dir> <out-dir>");
            System.err.println("  e.g. java tools/DemoSchedules.java ../shared/data/real web/demo");
            System.exit(2);
        }
        Path corpus = Paths.get(args[0]);
        Path out = Paths.get(args[1]);
        Files.createDirectories(out);

        Schedule dj = djangocon(corpus.resolve("djangocon-2019.djangocon.us"));
        Schedule py = pycon2017(corpus.resolve("pycon-us-archive").resolve("2017").resolve("schedule-grid-derived.csv"));
        for (Schedule s : List.of(dj, py)) {
            s.validate();
            Path file = out.resolve(s.id + ".json");
            Files.write(file, Json.write(s.toJson()).getBytes(StandardCharsets.UTF_8));
            System.out.println("wrote " + file);
            s.printSummary();
        }
    }

    // =====================================================================================================
    // Model
    // =====================================================================================================

    static final class Session {
        String id, title, kind;
        LocalDateTime start, end;
        List<String> rooms = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String level;
        List<String[]> links = new ArrayList<>(); // {title, url}

        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("title", title);
            m.put("kind", kind);
            m.put("start", start.format(LOCAL) + OFFSET);
            m.put("end", end.format(LOCAL) + OFFSET);
            if (rooms.size() == 1) m.put("room", rooms.get(0));
            else if (rooms.size() > 1) m.put("rooms", new ArrayList<Object>(rooms));
            if (!speakers.isEmpty()) m.put("speakers", new ArrayList<Object>(speakers));
            if (!tags.isEmpty()) m.put("tags", new ArrayList<Object>(tags));
            if (level != null) m.put("level", level);
            if (!links.isEmpty()) {
                List<Object> l = new ArrayList<>();
                for (String[] link : links) {
                    Map<String, Object> lm = new LinkedHashMap<>();
                    lm.put("title", link[0]);
                    lm.put("url", link[1]);
                    l.add(lm);
                }
                m.put("links", l);
            }
            return m;
        }
    }

    static final class Schedule {
        String id, name, timeZone, venue, url;
        final Map<String, String> days = new LinkedHashMap<>();     // date -> name, in order
        final Map<String, String> rooms = new LinkedHashMap<>();    // id -> name, display order
        final Map<String, String> speakers = new TreeMap<>();       // id -> name, sorted by id
        final List<Session> sessions = new ArrayList<>();

        void sortSessions() {
            // by start, then by position of the first room in the room list, then by id: a stable, readable order
            List<String> roomOrder = new ArrayList<>(rooms.keySet());
            sessions.sort(Comparator.comparing((Session s) -> s.start)
                    .thenComparingInt(s -> s.rooms.isEmpty() ? -1 : roomOrder.indexOf(s.rooms.get(0)))
                    .thenComparing(s -> s.id));
        }

        Map<String, Object> toJson() {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("format", "trackside-schedule");
            doc.put("version", 1);
            Map<String, Object> conf = new LinkedHashMap<>();
            conf.put("id", id);
            conf.put("name", name);
            conf.put("timeZone", timeZone);
            conf.put("venue", venue);
            conf.put("url", url);
            doc.put("conference", conf);
            doc.put("days", idNameList(days, "date", "name"));
            doc.put("rooms", idNameList(rooms, "id", "name"));
            doc.put("speakers", idNameList(speakers, "id", "name"));
            List<Object> ss = new ArrayList<>();
            for (Session s : sessions) ss.add(s.toJson());
            doc.put("sessions", ss);
            return doc;
        }

        static List<Object> idNameList(Map<String, String> m, String k1, String k2) {
            List<Object> l = new ArrayList<>();
            for (Map.Entry<String, String> e : m.entrySet()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put(k1, e.getKey());
                o.put(k2, e.getValue());
                l.add(o);
            }
            return l;
        }

        /** Fails loudly rather than writing a document the viewer would reject. */
        void validate() {
            Set<String> ids = new LinkedHashSet<>();
            for (Session s : sessions) {
                if (!ids.add(s.id)) throw new IllegalStateException(id + ": duplicate session id " + s.id);
                if (s.end.isBefore(s.start)) throw new IllegalStateException(id + ": " + s.id + " ends before it starts");
                if (!Set.of("talk", "keynote", "tutorial", "lightning", "workshop", "sprint", "social", "break", "other").contains(s.kind))
                    throw new IllegalStateException(id + ": " + s.id + " has unknown kind " + s.kind);
                for (String r : s.rooms)
                    if (!rooms.containsKey(r)) throw new IllegalStateException(id + ": " + s.id + " refers to unknown room " + r);
                for (String p : s.speakers)
                    if (!speakers.containsKey(p)) throw new IllegalStateException(id + ": " + s.id + " refers to unknown speaker " + p);
                if (!days.containsKey(s.start.toLocalDate().toString()))
                    throw new IllegalStateException(id + ": " + s.id + " starts on an undeclared day");
                if (new LinkedHashSet<>(s.speakers).size() != s.speakers.size())
                    throw new IllegalStateException(id + ": " + s.id + " lists a speaker twice");
            }
            Set<String> usedRooms = new LinkedHashSet<>(), usedSpeakers = new LinkedHashSet<>();
            for (Session s : sessions) { usedRooms.addAll(s.rooms); usedSpeakers.addAll(s.speakers); }
            for (String r : rooms.keySet()) if (!usedRooms.contains(r)) throw new IllegalStateException(id + ": unused room " + r);
            for (String p : speakers.keySet()) if (!usedSpeakers.contains(p)) throw new IllegalStateException(id + ": unused speaker " + p);
        }

        void printSummary() {
            Map<String, Integer> perDay = new TreeMap<>();
            Map<String, Integer> perKind = new TreeMap<>();
            for (Session s : sessions) {
                perDay.merge(s.start.toLocalDate() + " " + days.get(s.start.toLocalDate().toString()), 1, Integer::sum);
                perKind.merge(s.kind, 1, Integer::sum);
            }
            System.out.println("  " + sessions.size() + " sessions, " + rooms.size() + " rooms, " + days.size() + " days, "
                    + speakers.size() + " speakers");
            System.out.println("  per day:  " + perDay);
            System.out.println("  per kind: " + perKind);
        }
    }

    // =====================================================================================================
    // DjangoCon US 2019 (Jekyll Markdown with YAML front matter)
    // =====================================================================================================

    /**
     * Room strings in the source -> room ids. The source has 14 distinct free-text strings; they are normalised
     * to 11 rooms. "Cabrillo 1-2" is the two rooms combined, so a session there is held in both.
     */
    static final Map<String, List<String>> DJ_ROOM_ALIASES = new LinkedHashMap<>();
    /** Rooms in display order: main ballroom, second talk room, tutorial/sprint rooms, catering, support rooms. */
    static final Map<String, String> DJ_ROOMS = new LinkedHashMap<>();
    static {
        DJ_ROOMS.put("salon-a-e", "Rio Vista Ballroom Salons A–E");
        DJ_ROOMS.put("salon-f-h", "Salons F–H");
        DJ_ROOMS.put("balboa", "Balboa I & II");
        DJ_ROOMS.put("sierra-5", "Sierra 5");
        DJ_ROOMS.put("cabrillo-1", "Cabrillo 1");
        DJ_ROOMS.put("cabrillo-2", "Cabrillo 2");
        DJ_ROOMS.put("rio-vista-pavilion", "Rio Vista Pavilion");
        DJ_ROOMS.put("west-lawn", "West Lawn");
        DJ_ROOMS.put("registration-desk", "Registration desk (in front of Salon A)");
        DJ_ROOMS.put("santa-fe-3", "Santa Fe 3");
        DJ_ROOMS.put("private-dining-room", "Private Dining Room");

        DJ_ROOM_ALIASES.put("salon a-e", List.of("salon-a-e"));
        DJ_ROOM_ALIASES.put("rio vista ballroom salons a-e", List.of("salon-a-e"));
        DJ_ROOM_ALIASES.put("salon f-h", List.of("salon-f-h"));
        DJ_ROOM_ALIASES.put("balboa i & ii", List.of("balboa"));
        DJ_ROOM_ALIASES.put("sierra 5", List.of("sierra-5"));
        DJ_ROOM_ALIASES.put("cabrillo 1", List.of("cabrillo-1"));
        DJ_ROOM_ALIASES.put("cabrillo 2", List.of("cabrillo-2"));
        DJ_ROOM_ALIASES.put("cabrillo 1-2", List.of("cabrillo-1", "cabrillo-2"));
        DJ_ROOM_ALIASES.put("rio vista pavilion", List.of("rio-vista-pavilion"));
        DJ_ROOM_ALIASES.put("west lawn at the marriott", List.of("west-lawn"));
        DJ_ROOM_ALIASES.put("in front of salon a", List.of("registration-desk"));
        DJ_ROOM_ALIASES.put("santa fe 3", List.of("santa-fe-3"));
        DJ_ROOM_ALIASES.put("private dining room", List.of("private-dining-room"));
    }

    static List<String> djRooms(String raw, String file) {
        String key = raw.trim().toLowerCase(Locale.ROOT).replace('–', '-').replaceAll("\\s+", " ");
        List<String> ids = DJ_ROOM_ALIASES.get(key);
        if (ids != null) return ids;
        // Some values are sentences ("Drop by the Registration desk after lunch and we'll stuff bags near
        // Rio Vista Pavilion."): use the longest known room name that the sentence mentions.
        String best = null;
        for (String alias : DJ_ROOM_ALIASES.keySet())
            if (key.contains(alias) && (best == null || alias.length() > best.length())) best = alias;
        if (best != null) return DJ_ROOM_ALIASES.get(best);
        throw new IllegalStateException(file + ": unknown room " + raw);
    }

    static String djKind(String title, String category) {
        String t = title.toLowerCase(Locale.ROOT);
        String c = category == null ? "" : category.toLowerCase(Locale.ROOT).trim();
        // Support rooms and logistics first: lactation/quiet rooms are categorised "tutorial" in the source.
        if (t.contains("lactation") || t.contains("quiet room") || t.contains("registration") || t.contains("bag stuffing"))
            return "other";
        if (t.matches(".*\\b(break|lunch|breakfast)\\b.*")) return "break";
        if (t.startsWith("keynote")) return "keynote";
        if (t.contains("lightning talk")) return "lightning";
        if (t.equals("sprints")) return "sprint";
        if (c.equals("social event") || t.contains("reception") || t.contains("dinner")) return "social";
        if (t.contains("opening comments") || t.contains("closing comments") || t.contains("orientation")) return "other";
        switch (c) {
            case "talk": case "talks": return "talk";
            case "tutorial": case "tutorials": return "tutorial";
            case "workshop": return "workshop";
            default: throw new IllegalStateException("unknown category " + category + " for " + title);
        }
    }

    /**
     * Entries without end_date (28 of them: registration, breaks, meals, opening comments, keynotes, lightning
     * talks, bag stuffing) end at the earlier of
     *   (a) the next later start of ANY entry on the same day (the programme moves on), and
     *   (b) start + a default length per kind: break 30 min, meals (lunch/breakfast) 60, keynote 60,
     *       lightning talks 60, registration 30, social 120, anything else 60.
     * With this data that gives e.g. keynotes 10:15-11:00, lightning talks 12:50-13:40, lunch 13:40-14:20,
     * morning break 10:30-11:00 on the tutorial day, registration 08:00-08:30, bag stuffing 14:00-15:00.
     */
    static int djDefaultMinutes(String kind, String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains("lunch") || t.contains("breakfast")) return 60;
        if (t.contains("registration")) return 30;
        switch (kind) {
            case "break": return 30;
            case "keynote": case "lightning": return 60;
            case "social": return 120;
            default: return 60;
        }
    }

    static final Pattern DJ_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([+-]\\d{2}:?\\d{2})?");

    /**
     * The files say "-0500", but San Diego was on PDT (UTC-07:00) in September 2019 and the wall-clock times are
     * local (breakfast at 08:00). So the written offset is ignored, the wall-clock time kept, and -07:00 written.
     * One-digit hours ("8:00:00") occur.
     */
    static LocalDateTime djTime(String v, String file) {
        Matcher m = DJ_DATE.matcher(v.trim());
        if (!m.matches()) throw new IllegalStateException(file + ": bad date " + v);
        return LocalDateTime.of(LocalDate.parse(m.group(1)),
                LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    static Schedule djangocon(Path dir) throws IOException {
        Schedule s = new Schedule();
        s.id = "djangocon-us-2019";
        s.name = "DjangoCon US 2019";
        s.timeZone = "America/Los_Angeles";
        s.venue = "Mission Valley Marriott, San Diego";
        s.url = "https://2019.djangocon.us/";
        s.days.put("2019-09-22", "Tutorials");
        s.days.put("2019-09-23", "Talks");
        s.days.put("2019-09-24", "Talks");
        s.days.put("2019-09-25", "Deep-dive day (single track)"); // one track that day, all in Salons A-E
        s.days.put("2019-09-26", "Sprints");
        s.days.put("2019-09-27", "Sprints");
        s.rooms.putAll(DJ_ROOMS);

        // Presenter names, keyed by slug (file name). Bios (the Markdown bodies) are not read.
        Map<String, String> presenterNames = new TreeMap<>();
        for (Path p : listFiles(dir.resolve("_presenters"))) {
            String fn = p.getFileName().toString();
            if (!fn.endsWith(".md")) continue;
            Map<String, Object> fm = frontMatter(p);
            String name = str(fm.get("name"));
            if (name == null) throw new IllegalStateException(p + ": no name");
            presenterNames.put(fn.substring(0, fn.length() - 3), name);
        }

        List<Session> open = new ArrayList<>(); // sessions still needing an end
        Map<Session, Integer> defaults = new LinkedHashMap<>();
        for (String sub : List.of("tutorials", "talks", "sprints")) {
            for (Path p : listFiles(dir.resolve("_schedule").resolve(sub))) {
                String fn = p.getFileName().toString();
                // Only *.md files are pages for Jekyll; "2019-09-25-18-00-closing-comments" (no extension) is skipped.
                if (!fn.endsWith(".md")) {
                    System.out.println("  skipped (not .md, ignored by Jekyll): " + sub + "/" + fn);
                    continue;
                }
                Map<String, Object> fm = frontMatter(p);
                Session x = new Session();
                x.id = fn.substring(0, fn.length() - 3);
                x.title = str(fm.get("title"));
                if (x.title == null) throw new IllegalStateException(p + ": no title");
                if (x.title.equals("Meeting Room (when not in use Quiet Room)"))
                    x.title = "Meeting Room (Quiet Room when not in use)"; // the source's parenthesis reads garbled
                x.kind = djKind(x.title, str(fm.get("category")));
                x.start = djTime(str(fm.get("date")), fn);
                String endRaw = str(fm.get("end_date"));
                if (endRaw != null) x.end = djTime(endRaw, fn);
                else { open.add(x); defaults.put(x, djDefaultMinutes(x.kind, x.title)); }
                String room = str(fm.get("room"));
                if (room != null) x.rooms.addAll(djRooms(room, fn));

                Object pres = fm.get("presenters");
                List<String> slugs = new ArrayList<>();
                if (pres instanceof List) {
                    for (Object o : (List<?>) pres) slugs.add(((String) o).trim());
                } else if (str(pres) != null) {
                    // One entry ("Django Software Foundation Update") gives a plain name instead of a slug list,
                    // and that person has no _presenters file: the name becomes a speaker of its own.
                    String name = str(pres);
                    String slug = slug(name);
                    if (!presenterNames.containsKey(slug)) presenterNames.put(slug, name);
                    slugs.add(slug);
                }
                for (String sl : slugs) {
                    String name = presenterNames.get(sl);
                    if (name == null) throw new IllegalStateException(fn + ": unknown presenter " + sl);
                    s.speakers.put(sl, name);
                    if (!x.speakers.contains(sl)) x.speakers.add(sl);
                }

                String level = str(fm.get("difficulty"));
                if (level != null && Set.of("beginner", "intermediate", "advanced").contains(level.toLowerCase(Locale.ROOT))
                        && Set.of("talk", "tutorial", "workshop").contains(x.kind))
                    x.level = level.toLowerCase(Locale.ROOT);
                addLink(x, "Video", str(fm.get("video_url")));
                addLink(x, "Slides", str(fm.get("slides_url")));
                x.tags.addAll(tagsFor(x.title, x.kind));
                s.sessions.add(x);
            }
        }
        for (Session x : open) {
            LocalDateTime end = x.start.plusMinutes(defaults.get(x));
            for (Session y : s.sessions)
                if (y.start.toLocalDate().equals(x.start.toLocalDate()) && y.start.isAfter(x.start) && y.start.isBefore(end))
                    end = y.start;
            x.end = end;
        }
        s.sortSessions();
        return s;
    }

    // ----- a small YAML front-matter reader: enough for these files, not a YAML parser -------------------

    static final Pattern FM_KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*):(?:\\s+(.*))?$");

    /**
     * Reads the block between the first two "---" lines. Top-level "key: value" lines; a key with an empty value
     * followed by "- item" lines is a list; indented lines after a scalar continue it (folded with a space, as
     * YAML does for plain and quoted multi-line scalars); indented lines after an empty key are a nested map
     * and are ignored. Values may be plain, 'single-quoted' ('' escapes a quote) or "double-quoted".
     * "", '', null and ~ are read as absent.
     */
    static Map<String, Object> frontMatter(Path p) throws IOException {
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().equals("---")) throw new IllegalStateException(p + ": no front matter");
        Map<String, Object> out = new LinkedHashMap<>();
        String key = null;
        StringBuilder scalar = null;
        List<String> list = null;
        int i = 1;
        for (; i < lines.size(); i++) {
            String line = lines.get(i).replace("\r", "");
            if (line.trim().equals("---")) break;
            if (line.trim().isEmpty() || line.trim().startsWith("#")) continue;
            Matcher m = FM_KEY.matcher(line);
            if (m.matches()) {
                finish(out, key, scalar, list);
                key = m.group(1);
                String v = m.group(2);
                scalar = v == null || v.trim().isEmpty() ? null : new StringBuilder(v.trim());
                list = null;
            } else if (key != null && line.matches("^\\s*- .*") && scalar == null) {
                if (list == null) list = new ArrayList<>();
                list.add(yamlScalar(line.replaceFirst("^\\s*- ", "")));
            } else if (key != null && Character.isWhitespace(line.charAt(0)) && scalar != null) {
                scalar.append(' ').append(line.trim());
            } // else: nested map under an empty key, or a stray line: ignored
        }
        if (i >= lines.size()) throw new IllegalStateException(p + ": unterminated front matter");
        finish(out, key, scalar, list);
        return out;
    }

    static void finish(Map<String, Object> out, String key, StringBuilder scalar, List<String> list) {
        if (key == null) return;
        if (list != null) out.put(key, list);
        else if (scalar != null) {
            String v = yamlScalar(scalar.toString());
            if (v != null) out.put(key, v);
        }
    }

    static String yamlScalar(String raw) {
        String v = raw.trim();
        if (v.isEmpty() || v.equals("null") || v.equals("~") || v.equals("''") || v.equals("\"\"")) return null;
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'"))
            return v.substring(1, v.length() - 1).replace("''", "'");
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i < v.length() - 1; i++) {
                char c = v.charAt(i);
                if (c == '\\' && i + 1 < v.length() - 1) {
                    char n = v.charAt(++i);
                    switch (n) {
                        case 'n': b.append('\n'); break;
                        case 't': b.append('\t'); break;
                        case '"': b.append('"'); break;
                        case '\\': b.append('\\'); break;
                        case '/': b.append('/'); break;
                        case 'u':
                            b.append((char) Integer.parseInt(v.substring(i + 1, i + 5), 16));
                            i += 4;
                            break;
                        default: b.append('\\').append(n);
                    }
                } else b.append(c);
            }
            return b.toString();
        }
        return v;
    }

    static String str(Object o) {
        if (o == null) return null;
        if (o instanceof String) {
            String s = ((String) o).trim();
            return s.isEmpty() ? null : s;
        }
        return null;
    }

    // =====================================================================================================
    // PyCon US 2017 (CSV derived from the archived HTML schedule grids)
    // =====================================================================================================

    static Schedule pycon2017(Path csv) throws IOException {
        Schedule s = new Schedule();
        s.id = "pycon-us-2017";
        s.name = "PyCon US 2017";
        s.timeZone = "America/Los_Angeles";
        s.venue = "Oregon Convention Center, Portland";
        s.url = "https://us.pycon.org/2017/";
        s.days.put("2017-05-17", "Tutorials");
        s.days.put("2017-05-18", "Tutorials");
        s.days.put("2017-05-19", "Talks");
        s.days.put("2017-05-20", "Talks");
        s.days.put("2017-05-21", "Talks");
        s.days.put("2017-05-22", "Sprints");
        s.days.put("2017-05-23", "Sprints");
        s.days.put("2017-05-24", "Sprints");
        s.days.put("2017-05-25", "Sprints");

        List<List<String>> table = Csv.parse(new String(Files.readAllBytes(csv), StandardCharsets.UTF_8));
        List<String> header = table.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : table.subList(1, table.size())) {
            if (r.size() == 1 && r.get(0).isEmpty()) continue; // blank line
            if (r.size() != header.size()) throw new IllegalStateException("CSV row with " + r.size() + " fields: " + r);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) m.put(header.get(i), r.get(i));
            rows.add(m);
        }

        // Rooms: in order of first appearance in the CSV (tutorial rooms, sponsor-tutorial rooms, talk rooms),
        // with one spelling: numeric ranges use an en dash ("B110-111" -> "B110–111", like "Oregon Ballroom 201–202").
        for (Map<String, String> r : rows)
            for (String name : pyRoomNames(r.get("rooms"))) s.rooms.putIfAbsent(slug(name), name);

        // Speaker names: the speakers column is ", "-separated. "?" (an unnamed co-presenter in the grid) is dropped.
        // First pass over the column so that its spelling wins over names taken from keynote titles.
        for (Map<String, String> r : rows)
            for (String name : pySpeakerNames(r)) s.speakers.putIfAbsent(slug(name), name);

        // Merge grid cells that describe one event:
        //  - the staggered lunches/breaks of the talk days, one cell per room with the same time and title, become
        //    one session held in several rooms;
        //  - the opening reception appears in all three grids ("Opening Reception (Expo Hall)" until 20:30 in the
        //    tutorial and talk grids; "Opening Reception" until 21:00, the grid's last row, in the sponsor grid):
        //    one session, the longer title, the earlier end.
        // Only cells without a talk page are merged; the key is date, start and the title without "(...)".
        Map<String, Session> byKey = new LinkedHashMap<>();
        List<Session> sessions = new ArrayList<>();
        for (Map<String, String> r : rows) {
            String date = r.get("date");
            LocalDateTime start = LocalDateTime.of(LocalDate.parse(date), LocalTime.parse(r.get("start")));
            LocalDateTime end = LocalDateTime.of(LocalDate.parse(date), LocalTime.parse(r.get("end")));
            String title = pyTitle(r);
            List<String> rooms = new ArrayList<>();
            for (String n : pyRoomNames(r.get("rooms"))) rooms.add(slug(n));
            String url = r.get("url").trim();
            if (url.isEmpty()) {
                String key = date + "|" + r.get("start") + "|" + title.replaceAll("\\s*\\(.*\\)$", "").toLowerCase(Locale.ROOT);
                Session prev = byKey.get(key);
                if (prev != null) {
                    for (String room : rooms) if (!prev.rooms.contains(room)) prev.rooms.add(room);
                    List<String> order = new ArrayList<>(s.rooms.keySet());
                    prev.rooms.sort(Comparator.comparingInt(order::indexOf));
                    if (end.isBefore(prev.end)) prev.end = end;
                    if (title.length() > prev.title.length()) prev.title = title;
                    continue;
                }
            }
            Session x = new Session();
            x.title = title;
            x.start = start;
            x.end = end;
            x.rooms.addAll(rooms);
            x.kind = pyKind(r.get("kind"), title);
            for (String name : pySpeakerNames(r)) {
                String id = slug(name);
                if (!x.speakers.contains(id)) x.speakers.add(id);
            }
            // Keynote speakers are only in the title ("Keynote: Lisa Guo & Hui Ding").
            if (x.kind.equals("keynote") && x.speakers.isEmpty() && title.startsWith("Keynote:")) {
                for (String name : title.substring("Keynote:".length()).split("\\s*(?:&|,| and )\\s*")) {
                    name = name.trim();
                    if (name.isEmpty()) continue;
                    String id = slug(name);
                    s.speakers.putIfAbsent(id, name);
                    if (!x.speakers.contains(id)) x.speakers.add(id);
                }
            }
            if (r.get("kind").equals("sponsor-tutorial")) x.tags.add("sponsor");
            x.tags.addAll(tagsFor(title, x.kind));
            addLink(x, "Talk page", url);
            if (url.isEmpty()) byKey.put(date + "|" + r.get("start") + "|"
                    + title.replaceAll("\\s*\\(.*\\)$", "").toLowerCase(Locale.ROOT), x);
            sessions.add(x);
        }

        // The grids stop at 21 May, but PyCon US 2017 had development sprints on 22-25 May. They are added here
        // as one all-day "Development sprints" session per day, in a placeholder room; the 09:00-18:00 hours are
        // an assumption (the source has no sprint schedule).
        s.rooms.put("sprints", "Sprint rooms");
        for (int d = 22; d <= 25; d++) {
            Session x = new Session();
            x.title = "Development sprints";
            x.kind = "sprint";
            x.start = LocalDateTime.of(2017, 5, d, 9, 0);
            x.end = LocalDateTime.of(2017, 5, d, 18, 0);
            x.rooms.add("sprints");
            x.id = x.start.toLocalDate() + "-sprints";
            sessions.add(x);
        }

        // Ids: date, start time and title slug ("2017-05-19-1050-requests-under-the-hood"); cells that would share
        // an id (staggered lunches with different times are already distinct) get their first room appended.
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Session x : sessions) if (x.id == null) count.merge(pyBaseId(x), 1, Integer::sum);
        for (Session x : sessions)
            if (x.id == null) x.id = count.get(pyBaseId(x)) > 1 ? pyBaseId(x) + "-" + x.rooms.get(0) : pyBaseId(x);

        // Speakers that only appeared in dropped/merged cells would be unreferenced: keep referenced ones only.
        Set<String> used = new LinkedHashSet<>();
        for (Session x : sessions) used.addAll(x.speakers);
        s.speakers.keySet().retainAll(used);
        s.sessions.addAll(sessions);
        s.sortSessions();
        return s;
    }

    static String pyBaseId(Session x) {
        String t = slug(x.title);
        if (t.length() > 50) {
            t = t.substring(0, 50);
            int cut = t.lastIndexOf('-');
            if (cut > 20) t = t.substring(0, cut);
        }
        return x.start.toLocalDate() + "-" + x.start.toLocalTime().format(DateTimeFormatter.ofPattern("HHmm", Locale.ROOT)) + "-" + t;
    }

    static List<String> pyRoomNames(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split("\\s*\\|\\s*")) {
            String n = part.trim().replaceAll("(\\d)\\s*[-–]\\s*(\\d)", "$1–$2");
            if (!n.isEmpty()) out.add(n);
        }
        return out;
    }

    /** The one sponsor workshop whose grid cell lost its title: the cell shows the presenters instead. */
    static final String GOOGLE_CELL = "Jasmine Hsu, David Bieber, wesley chun";

    static String pyTitle(Map<String, String> r) {
        String t = r.get("title").trim().replaceAll("\\s+", " ");
        // Title written here from the session's own description (three short talks by Google: Python Fire,
        // PyBullet, Google APIs); the speakers are the names in the cell.
        if (t.equals(GOOGLE_CELL) && r.get("speakers").isBlank()) return "Google: Python Fire, PyBullet and Google APIs";
        return t;
    }

    static List<String> pySpeakerNames(Map<String, String> r) {
        String cell = r.get("speakers");
        if (r.get("title").trim().equals(GOOGLE_CELL) && cell.isBlank())
            cell = "David Bieber, Jasmine Hsu, Wesley Chun"; // talk order per its description; "wesley" capitalised as there
        List<String> out = new ArrayList<>();
        for (String n : cell.split(",")) {
            n = n.trim().replaceAll("\\s+", " ");
            if (n.isEmpty() || n.equals("?")) continue;
            out.add(n);
        }
        return out;
    }

    /**
     * CSV kind (the grid cell's CSS class) and title -> format kind:
     *   tutorial, sponsor-tutorial -> tutorial (sponsor ones tagged "sponsor"); talk -> talk;
     *   Break, Lunch, Breakfast -> break, except "Registration desk open" -> other and
     *   "PyLadies Charity Auction" -> social; "Poster Session / Job Fair / Lunch" -> other;
     *   plenary: "Keynote: ..." -> keynote, "Lightning Talks" -> lightning, receptions -> social,
     *   welcome, awards, the panel and the closing -> other.
     */
    static String pyKind(String csvKind, String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.startsWith("keynote")) return "keynote";
        if (t.contains("lightning talk")) return "lightning";
        if (t.contains("reception") || t.contains("auction") || t.contains("dinner")) return "social";
        if (t.contains("registration") || t.contains("poster session")) return "other";
        switch (csvKind.trim()) {
            case "Break": case "Lunch": case "Breakfast": return "break";
            case "tutorial": case "sponsor-tutorial": return "tutorial";
            case "talk": return "talk";
            case "plenary": return "other";
            default: throw new IllegalStateException("unknown CSV kind " + csvKind + " for " + title);
        }
    }

    // ----- CSV (RFC 4180: quoted fields, doubled quotes, embedded newlines, CRLF or LF) --------------------

    static final class Csv {
        static List<List<String>> parse(String text) {
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false, fieldStarted = false;
            int i = 0, n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') { field.append('"'); i += 2; continue; }
                        quoted = false; i++; continue;
                    }
                    field.append(c); i++; continue;
                }
                if (c == '"' && field.length() == 0 && !fieldStarted) { quoted = true; fieldStarted = true; i++; continue; }
                if (c == ',') { row.add(field.toString()); field.setLength(0); fieldStarted = false; i++; continue; }
                if (c == '\r' || c == '\n') {
                    row.add(field.toString()); field.setLength(0); fieldStarted = false;
                    rows.add(row); row = new ArrayList<>();
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                    i++; continue;
                }
                field.append(c); fieldStarted = true; i++;
            }
            if (quoted) throw new IllegalStateException("CSV: unterminated quoted field");
            if (fieldStarted || field.length() > 0 || !row.isEmpty()) { row.add(field.toString()); rows.add(row); }
            return rows;
        }
    }

    // =====================================================================================================
    // Shared helpers
    // =====================================================================================================

    static void addLink(Session x, String title, String url) {
        if (url == null) return;
        url = url.trim();
        if (url.startsWith("https://") || url.startsWith("http://")) x.links.add(new String[] {title, url});
    }

    /**
     * Topic tags derived from titles (not taken from the sources), for search demos. Whole-word, case-insensitive.
     * Logistics (breaks, socials, rooms) get none.
     */
    static final Map<String, Pattern> TAG_RULES = new LinkedHashMap<>();
    static {
        tag("async", "async\\w*|await|asyncio|aiosmtpd|asynchronous");
        tag("concurrency", "gil|gilectomy|thread-safe|parallel|parallelism|concurrency|dask");
        tag("testing", "tests?|testing");
        tag("security", "security|secure|cryptography|oauth2?|openidconnect|sso|authentication|threat modeling|hack \\(legally\\)");
        tag("databases", "orm|postgres(?:ql)?|sqlalchemy|sql|database|queries|prefetching|model inheritance|index");
        tag("apis", "apis?|rest|openapi|web services");
        tag("data", "data science|data analysis|exploratory data|pandas|statistical|statistics|bayesian|pymc3|"
                + "visuali[sz]ation|machine learning|deep learning|reinforcement learning|scipy(?:\\.spatial)?|dask|"
                + "jupyter|bokeh|time series|data pipelines?|data wrangling|network analysis|probabilistic");
        tag("deployment", "deploy\\w*|production|docker|containers?|containeri[sz]ed|kubernetes|openshift|serverless|aws|"
                + "containerorchestration\\.py");
        tag("typing", "static typ\\w*|mypy");
        tag("performance", "performance|faster python|faster than|optimi[sz]\\w*|efficient|efficiency|cython|numba|"
                + "accelerating");
        tag("i18n", "internationali[sz]ation|locali[sz]ation|unicode|text is more complicated");
        tag("web", "web|websockets|flask|http|headless|middleware|template loader|generic views?");
        tag("community", "community|burnout|balance|tech job|business|licenses|contributing|mentor|"
                + "post mortem|product manager|documentation");
        tag("beginners", "beginners?|beginning|101|complete beginner|new programmers");
        tag("packaging", "packaging|pip|conda-forge|py2/py3 compatibility");
        tag("hardware", "micropython|iot|leds|robotics|cars|nintendo");
    }

    static void tag(String name, String alternatives) {
        TAG_RULES.put(name, Pattern.compile("(?<![\\w-])(?:" + alternatives + ")(?![\\w-])", Pattern.CASE_INSENSITIVE));
    }

    static List<String> tagsFor(String title, String kind) {
        List<String> out = new ArrayList<>();
        if (!Set.of("talk", "tutorial", "workshop", "keynote").contains(kind)) return out;
        for (Map.Entry<String, Pattern> e : TAG_RULES.entrySet())
            if (e.getValue().matcher(title).find()) out.add(e.getKey());
        return out;
    }

    /** ASCII slug: accents removed ("Haïkel" -> "haikel", "Łukasz" -> "lukasz"), runs of other characters -> "-". */
    static String slug(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        t = t.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("đ", "d")
                .replace("Đ", "D").replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("þ", "th");
        t = t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (t.isEmpty()) throw new IllegalStateException("empty slug for " + s);
        return t;
    }

    static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> st = Files.list(dir)) {
            return st.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .collect(Collectors.toList());
        }
    }

    // =====================================================================================================
    // JSON writer: 2-space indent; short flat objects/arrays on one line; UTF-8 text with escapes for
    // quote, backslash, control characters and U+2028/U+2029.
    // =====================================================================================================

    static final class Json {
        static final int INLINE_MAX = 110;

        static String write(Object v) {
            StringBuilder b = new StringBuilder();
            value(b, v, 0);
            return b.append('\n').toString();
        }

        static void value(StringBuilder b, Object v, int indent) {
            if (v instanceof Map || v instanceof List) {
                String inline = flat(v) ? inline(v) : null;
                if (inline != null && inline.length() + indent * 2 <= INLINE_MAX) { b.append(inline); return; }
                if (v instanceof Map) {
                    Map<?, ?> m = (Map<?, ?>) v;
                    if (m.isEmpty()) { b.append("{}"); return; }
                    b.append("{\n");
                    int k = 0;
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        pad(b, indent + 1);
                        string(b, (String) e.getKey());
                        b.append(": ");
                        value(b, e.getValue(), indent + 1);
                        b.append(++k < m.size() ? ",\n" : "\n");
                    }
                    pad(b, indent);
                    b.append('}');
                } else {
                    List<?> l = (List<?>) v;
                    if (l.isEmpty()) { b.append("[]"); return; }
                    b.append("[\n");
                    for (int k = 0; k < l.size(); k++) {
                        pad(b, indent + 1);
                        value(b, l.get(k), indent + 1);
                        b.append(k + 1 < l.size() ? ",\n" : "\n");
                    }
                    pad(b, indent);
                    b.append(']');
                }
            } else scalar(b, v);
        }

        /** Flat: only scalars, or (for maps) scalars and arrays of scalars. */
        static boolean flat(Object v) {
            if (v instanceof Map) {
                for (Object o : ((Map<?, ?>) v).values()) {
                    if (o instanceof Map) return false;
                    if (o instanceof List && !flat(o)) return false;
                }
                return true;
            }
            if (v instanceof List) {
                for (Object o : (List<?>) v) if (o instanceof Map || o instanceof List) return false;
                return true;
            }
            return true;
        }

        static String inline(Object v) {
            StringBuilder b = new StringBuilder();
            if (v instanceof Map) {
                Map<?, ?> m = (Map<?, ?>) v;
                if (m.isEmpty()) return "{}";
                b.append("{ ");
                int k = 0;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (k++ > 0) b.append(", ");
                    string(b, (String) e.getKey());
                    b.append(": ");
                    if (e.getValue() instanceof List) b.append(inline(e.getValue()));
                    else scalar(b, e.getValue());
                }
                return b.append(" }").toString();
            }
            List<?> l = (List<?>) v;
            b.append('[');
            for (int k = 0; k < l.size(); k++) {
                if (k > 0) b.append(", ");
                scalar(b, l.get(k));
            }
            return b.append(']').toString();
        }

        static void scalar(StringBuilder b, Object v) {
            if (v == null) b.append("null");
            else if (v instanceof String) string(b, (String) v);
            else if (v instanceof Integer || v instanceof Long || v instanceof Boolean) b.append(v);
            else throw new IllegalArgumentException("not a JSON value: " + v.getClass());
        }

        static void string(StringBuilder b, String s) {
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"': b.append("\\\""); break;
                    case '\\': b.append("\\\\"); break;
                    case '\n': b.append("\\n"); break;
                    case '\r': b.append("\\r"); break;
                    case '\t': b.append("\\t"); break;
                    case '\b': b.append("\\b"); break;
                    case '\f': b.append("\\f"); break;
                    default:
                        if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        else b.append(c);
                }
            }
            b.append('"');
        }

        static void pad(StringBuilder b, int indent) {
            for (int i = 0; i < indent; i++) b.append("  ");
        }
    }
}
