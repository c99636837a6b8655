package dev.trackside.text;

import java.util.ArrayList;
import java.util.List;

/** Test helper: every node of a document, and checks over all of them. */
final class Walk {
    private Walk() {
    }

    static List<Inline> inlines(Doc doc) {
        List<Inline> out = new ArrayList<>();
        for (Block block : doc.blocks()) {
            collect(block, out);
        }
        return out;
    }

    private static void collect(Block block, List<Inline> out) {
        if (block instanceof Block.Paragraph) {
            collect(((Block.Paragraph) block).inlines(), out);
        } else if (block instanceof Block.Heading) {
            collect(((Block.Heading) block).inlines(), out);
        } else if (block instanceof Block.Quote) {
            for (Block child : ((Block.Quote) block).blocks()) {
                collect(child, out);
            }
        } else if (block instanceof Block.ListBlock) {
            for (ListItem item : ((Block.ListBlock) block).items()) {
                for (Block child : item.blocks()) {
                    collect(child, out);
                }
            }
        }
    }

    private static void collect(List<Inline> inlines, List<Inline> out) {
        for (Inline inline : inlines) {
            out.add(inline);
            collect(inline.children(), out);
        }
    }

    static List<String> linkUrls(Doc doc) {
        List<String> urls = new ArrayList<>();
        for (Inline inline : inlines(doc)) {
            if (inline instanceof Inline.Link) {
                urls.add(((Inline.Link) inline).url());
            }
        }
        return urls;
    }

    static int depth(Doc doc) {
        int max = 0;
        for (Block block : doc.blocks()) {
            max = Math.max(max, block.depth());
        }
        return max;
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
