package dev.trackside.text;

import java.util.ArrayList;
import java.util.List;

/** Test helper: every node of a document, and checks over all of them. */
final class Walk {
    private Walk() {
    }

    static List<Node> nodes(Doc doc) {
        List<Node> out = new ArrayList<>();
        collect(doc.blocks(), out);
        return out;
    }

    private static void collect(List<Node> nodes, List<Node> out) {
        for (Node node : nodes) {
            out.add(node);
            collect(node.children(), out);
        }
    }

    static List<String> linkUrls(Doc doc) {
        List<String> urls = new ArrayList<>();
        for (Node node : nodes(doc)) {
            if (node.type() == Node.LINK) {
                urls.add(node.text());
            }
        }
        return urls;
    }

    static int depth(Doc doc) {
        int max = 0;
        for (Node block : doc.blocks()) {
            max = Math.max(max, block.depth());
        }
        return max;
    }

    /**
     * The model's shape rules, checked over a whole document: blocks hold blocks (paragraphs hold inlines), lists
     * hold only items, inlines hold inlines, links hold no links, text is never empty.
     */
    static void checkShape(Doc doc) {
        for (Node block : doc.blocks()) {
            check(block, true, false);
        }
    }

    private static void check(Node node, boolean block, boolean inLink) {
        int type = node.type();
        if (block != type < Node.TEXT || inLink && type == Node.LINK) {
            throw new AssertionError("misplaced " + Debug.dump(node));
        }
        if (type == Node.TEXT && node.text().isEmpty()) {
            throw new AssertionError("empty text");
        }
        for (Node child : node.children()) {
            boolean list = type == Node.BULLET_LIST || type == Node.ORDERED_LIST;
            if (list != (child.type() == Node.LIST_ITEM)) {
                throw new AssertionError("list and item mismatch in " + Debug.dump(node));
            }
            check(child, type != Node.PARAGRAPH && type >= 0 && type < Node.TEXT, inLink || type == Node.LINK);
        }
    }

    /** Whether a URL is one we allow, checked independently of the parser's own gate. */
    static boolean allowed(String url) {
        if (!url.equals(url.trim()) || url.isEmpty()) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) <= ' ' || url.charAt(i) == 0x7F) {
                return false;
            }
        }
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
    }
}
