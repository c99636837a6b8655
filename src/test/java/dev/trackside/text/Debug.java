package dev.trackside.text;

import java.util.List;

/**
 * Test helper: the deterministic debug form of a document, one block per line, e.g.
 * {@code P[Text("Hello "), Em[Text("world")]]}. Printable characters as they are; the invisible and
 * direction-changing ones escaped. Kept out of the main code so the browser build does not carry it.
 */
final class Debug {
    private static final String[] NAMES = {"P", "UL", "OL", "LI", "Pre", "Text", "Em", "Strong", "Code", "Link", "BR"};

    private Debug() {
    }

    static String dump(Doc doc) {
        StringBuilder sb = new StringBuilder();
        for (Node block : doc.blocks()) {
            sb.append(sb.length() > 0 ? "\n" : "");
            dump(sb, block);
        }
        return sb.toString();
    }

    static String dump(Node node) {
        StringBuilder sb = new StringBuilder();
        dump(sb, node);
        return sb.toString();
    }

    private static void dump(StringBuilder sb, Node node) {
        int type = node.type();
        sb.append(NAMES[type]);
        if (type == Node.ORDERED_LIST) {
            sb.append('(').append(node.start()).append(')');
        }
        if (node.text() != null) {
            sb.append('(');
            quote(sb, node.text());
            sb.append(')');
        }
        List<Node> children = node.children();
        if (type != Node.TEXT && type != Node.CODE && type != Node.CODE_BLOCK && type != Node.LINE_BREAK) {
            sb.append('[');
            for (int i = 0; i < children.size(); i++) {
                sb.append(i > 0 ? ", " : "");
                dump(sb, children.get(i));
            }
            sb.append(']');
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c < ' ' || c >= 0x7F && c <= 0xA0 || c == 0xAD || c >= 0x200B && c <= 0x200F
                    || c >= 0x2028 && c <= 0x202E || c >= 0x2060 && c <= 0x2069 || c == 0xFEFF) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
