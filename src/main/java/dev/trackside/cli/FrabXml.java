package dev.trackside.cli;

import dev.trackside.model.TimeZones;
import dev.trackside.parse.FrabFormat;
import dev.trackside.parse.JsonNode;
import dev.trackside.parse.ScheduleException;
import dev.trackside.parse.ScheduleRead;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads frab/pentabarf {@code schedule.xml} (frab, pretalx, c3voc, FOSDEM): the XML becomes the tree of
 * {@code schedule.json} version 1, which {@link FrabFormat} reads, so XML and JSON share one frab mapping.
 * JVM only (javax.xml), hence not in the core.
 *
 * <p>The translation: {@code <day index date start end>} is a day with {@code day_start}/{@code day_end};
 * {@code <room name>} elements become the day's {@code rooms} object; events directly under {@code <day>} (FOSDEM
 * 2007, no room wrapper) are grouped by their own {@code <room>}; {@code <event id guid>} attributes and leaf
 * elements become fields; {@code <person id>name</person>} is {@code {id, public_name}} (child elements such as
 * {@code <public_name>} are kept as fields); {@code <link href>title</link>} is {@code {url, title}} and
 * {@code <link>URL</link>} a URL string. The conference's {@code <days>} (a count) is replaced by the list of days.
 *
 * <p>Warnings name XML locations ({@code /schedule/day[1]/room[3]/event[2]/duration}, {@code …/event[2]/@id}), not
 * JSON paths: every object in the tree is {@link JsonNode.Located}.
 *
 * <p>The parser refuses DOCTYPE declarations and external entities (XXE): schedule files need neither.
 */
public final class FrabXml {
    /** Format name in {@link ScheduleRead#format()}. */
    public static final String FORMAT = "frab schedule.xml";

    private FrabXml() {
    }

    /** Whether the text is XML rather than JSON: its first character (after a BOM and white space) is '<'. */
    public static boolean looksLikeXml(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\uFEFF' && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return c == '<';
            }
        }
        return false;
    }

    /**
     * Reads a schedule.xml document leniently, like {@link dev.trackside.parse.Schedules#read}.
     *
     * @throws ScheduleException when the text is not well-formed XML (with line and column) or its root element is
     *                           not {@code <schedule>}
     */
    public static ScheduleRead read(String text, TimeZones zones) {
        return read(text, zones, null);
    }

    /** As {@link #read(String, TimeZones)}; {@code localZone} places times that have no offset (FOSDEM). */
    public static ScheduleRead read(String text, TimeZones zones, String localZone) {
        Element root = parse(text).getDocumentElement();
        if (!root.getTagName().equals("schedule")) {
            throw new ScheduleException("not a frab schedule.xml: the root element is <" + root.getTagName()
                    + ">, not <schedule>", "/" + root.getTagName(), 0, 0);
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("schedule", schedule(root));
        return FrabFormat.readTree(JsonNode.of(tree), zones, FORMAT, localZone);
    }

    private static Document parse(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw new ScheduleException("XML syntax error: " + e.getMessage(), null, Math.max(e.getLineNumber(), 0),
                    Math.max(e.getColumnNumber(), 0));
        } catch (SAXException | IOException e) {
            throw new ScheduleException("XML error: " + e.getMessage(), null, 0, 0);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("this JVM's XML parser cannot be made safe", e);
        }
    }

    private static XmlObject schedule(Element root) {
        XmlObject schedule = new XmlObject("/schedule");
        List<Object> days = new ArrayList<>();
        Positions positions = new Positions();
        for (Element child : children(root)) {
            String loc = "/schedule/" + child.getTagName() + "[" + positions.next(child.getTagName()) + "]";
            if (child.getTagName().equals("day")) {
                days.add(day(child, loc));
            } else {
                schedule.put(child.getTagName(), generic(child, trimIndex(loc)), null);
            }
        }
        Object conference = schedule.get("conference");
        XmlObject conf = conference instanceof XmlObject ? (XmlObject) conference
                : new XmlObject("/schedule/conference");
        conf.put("days", days, "/schedule/day"); // <days> in <conference> is only their count
        schedule.put("conference", conf, null);
        return schedule;
    }

    private static XmlObject day(Element element, String loc) {
        XmlObject day = new XmlObject(loc);
        day.put("index", element.getAttribute("index"), loc + "/@index");
        day.put("date", element.getAttribute("date"), loc + "/@date");
        if (element.hasAttribute("start")) {
            day.put("day_start", element.getAttribute("start"), loc + "/@start");
        }
        if (element.hasAttribute("end")) {
            day.put("day_end", element.getAttribute("end"), loc + "/@end");
        }
        XmlObject rooms = new XmlObject(loc);
        day.put("rooms", rooms, loc);
        Positions positions = new Positions();
        for (Element child : children(element)) {
            String childLoc = loc + "/" + child.getTagName() + "[" + positions.next(child.getTagName()) + "]";
            if (child.getTagName().equals("room")) {
                List<Object> events = roomList(rooms, child.getAttribute("name").trim(), childLoc);
                Positions eventPositions = new Positions();
                for (Element event : children(child)) {
                    String eventLoc = childLoc + "/" + event.getTagName() + "["
                            + eventPositions.next(event.getTagName()) + "]";
                    events.add(event.getTagName().equals("event") ? event(event, eventLoc) : generic(event, eventLoc));
                }
            } else if (child.getTagName().equals("event")) { // no <room> wrapper: group by the event's own room
                roomList(rooms, text(firstChild(child, "room")).trim(), loc).add(event(child, childLoc));
            } else {
                day.put(child.getTagName(), generic(child, childLoc), null);
            }
        }
        return day;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> roomList(XmlObject rooms, String name, String loc) {
        Object list = rooms.get(name);
        if (list == null) {
            list = new ArrayList<>();
            rooms.put(name, list, loc);
        }
        return (List<Object>) list;
    }

    private static XmlObject event(Element element, String loc) {
        XmlObject event = attributes(element, loc);
        for (Element child : children(element)) {
            String name = child.getTagName();
            String childLoc = loc + "/" + name;
            switch (name) {
                case "persons":
                    event.put(name, list(child, childLoc, FrabXml::person), null);
                    break;
                case "links":
                case "attachments":
                    event.put(name, list(child, childLoc, FrabXml::link), null);
                    break;
                default:
                    event.put(name, generic(child, childLoc), null);
            }
        }
        return event;
    }

    private interface Converter {
        Object convert(Element element, String loc);
    }

    private static List<Object> list(Element parent, String loc, Converter converter) {
        List<Object> list = new ArrayList<>();
        Positions positions = new Positions();
        for (Element child : children(parent)) {
            list.add(converter.convert(child, loc + "/" + child.getTagName() + "[" + positions.next(child.getTagName())
                    + "]"));
        }
        return list;
    }

    /** {@code <person id="1">Name</person>}, or with child elements ({@code <public_name>}, {@code <name>}, …). */
    private static Object person(Element element, String loc) {
        XmlObject person = attributes(element, loc);
        List<Element> children = children(element);
        if (children.isEmpty()) {
            person.put("public_name", text(element), loc);
        }
        for (Element child : children) {
            person.put(child.getTagName(), generic(child, loc + "/" + child.getTagName()), null);
        }
        return person;
    }

    /** {@code <link href="URL">title</link>} as {@code {url, title}}; {@code <link>URL</link>} (c3voc) as a URL. */
    private static Object link(Element element, String loc) {
        if (!element.hasAttribute("href") && children(element).isEmpty()) {
            return text(element).trim();
        }
        XmlObject link = attributes(element, loc);
        link.put("url", element.getAttribute("href"), loc + "/@href");
        link.put("title", text(element), loc);
        return link;
    }

    /**
     * A leaf element, or one with text and elements mixed ({@code <title>Wel<b>come</b></title>}), as its text;
     * one with attributes or only child elements as an object (repeated children as a list).
     */
    private static Object generic(Element element, String loc) {
        List<Element> children = children(element);
        if (children.isEmpty() && !element.hasAttributes() || !children.isEmpty() && hasOwnText(element)) {
            return text(element);
        }
        XmlObject object = attributes(element, loc);
        Positions positions = new Positions();
        for (Element child : children) {
            String name = child.getTagName();
            Object value = generic(child, loc + "/" + name + "[" + positions.next(name) + "]");
            Object old = object.get(name);
            if (old instanceof RepeatedList) {
                ((RepeatedList) old).add(value);
            } else if (old != null) {
                RepeatedList list = new RepeatedList();
                list.add(old);
                list.add(value);
                object.put(name, list, null);
            } else {
                object.put(name, value, null);
            }
        }
        return object;
    }

    /** A list made of repeated child elements (as opposed to a container element's contents). */
    private static final class RepeatedList extends ArrayList<Object> {
    }

    private static XmlObject attributes(Element element, String loc) {
        XmlObject object = new XmlObject(loc);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            object.put(attribute.getNodeName(), attribute.getNodeValue(), loc + "/@" + attribute.getNodeName());
        }
        return object;
    }

    private static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                children.add((Element) n);
            }
        }
        return children;
    }

    private static boolean hasOwnText(Element element) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (!n.getNodeValue().trim().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Element firstChild(Element element, String name) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
                return (Element) n;
            }
        }
        return null;
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent();
    }

    /** "/schedule/conference[1]" as "/schedule/conference": there is only one. */
    private static String trimIndex(String loc) {
        return loc.endsWith("[1]") ? loc.substring(0, loc.length() - 3) : loc;
    }

    /** XPath positions of child elements: the n-th element of each name. */
    private static final class Positions {
        private final Map<String, Integer> counts = new HashMap<>();

        int next(String name) {
            return counts.merge(name, 1, Integer::sum);
        }
    }

    /** An object of the tree that knows its element's XPath, and where each field came from. */
    private static final class XmlObject extends LinkedHashMap<String, Object> implements JsonNode.Located {
        private final String location;
        private Map<String, String> fieldLocations;

        XmlObject(String location) {
            this.location = location;
        }

        /** @param fieldLocation where the value came from, or {@code null} for {@code location/key} */
        void put(String key, Object value, String fieldLocation) {
            put(key, value);
            if (fieldLocation != null) {
                if (fieldLocations == null) {
                    fieldLocations = new HashMap<>();
                }
                fieldLocations.put(key, fieldLocation);
            }
        }

        @Override
        public String location() {
            return location;
        }

        @Override
        public String location(String key) {
            String field = fieldLocations == null ? null : fieldLocations.get(key);
            return field != null ? field : location + "/" + key;
        }

    }
}
