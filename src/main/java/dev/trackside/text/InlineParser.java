package dev.trackside.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Inline content of one paragraph or heading: code spans, emphasis ({@code * _} and wiki {@code '' '''}), links
 * (Markdown, autolinks, HTML a, wiki), line breaks, character references, allowlisted inline HTML. Everything
 * else is text.
 *
 * <p>Linear time: one left-to-right pass builds a doubly linked list of items and a delimiter stack (the algorithm
 * of the CommonMark reference implementations, including their bound on opener searches); look-aheads either
 * consume what they scan or use {@link Html.Finder}s whose answers only move forward. Brackets and open HTML tags
 * are "frames", at most {@link #MAX_FRAMES} deep. The resulting tree may be arbitrarily deep (10,000 asterisks
 * nest 5,000 levels); it is turned into {@link Inline} nodes without recursion, and anything nested deeper than
 * {@link #MAX_NESTING} is flattened into its text, delimiters included.
 */
final class InlineParser {
    static final int MAX_FRAMES = 24;
    static final int MAX_NESTING = 24;
    private static final int MAX_DEST = 4096;
    private static final int MAX_TITLE = 1024;
    private static final int MAX_WIKI = 1024;
    private static final int MAX_PARENS = 32;

    private static final int BRACKET = 0;
    private static final int EM = 1;
    private static final int STRONG = 2;
    private static final int LINK = 3;

    /** A node of the intermediate tree; {@code marks} are the delimiters to show again if it must be flattened. */
    private static final class N {
        static final int TEXT = 0;
        static final int EMPH = 1;
        static final int STRONG = 2;
        static final int CODE = 3;
        static final int LINK = 4;
        static final int BR = 5;

        final int type;
        final String value;
        final ArrayList<N> kids;

        N(int type, String value) {
            this.type = type;
            this.value = value;
            this.kids = type == EMPH || type == STRONG || type == LINK ? new ArrayList<>() : null;
        }
    }

    private static final class Item {
        Item prev;
        Item next;
        String text; // a text item (frame markers too)
        N node; // a finished node
        Delim delim; // a delimiter run
    }

    private static final class Delim {
        final Item item;
        final char c;
        final int orig;
        final boolean canOpen;
        final boolean canClose;
        int count;
        Delim prev;
        Delim next;

        Delim(Item item, char c, int count, boolean canOpen, boolean canClose) {
            this.item = item;
            this.c = c;
            this.count = count;
            this.orig = count;
            this.canOpen = canOpen;
            this.canClose = canClose;
        }
    }

    private static final class Frame {
        final int kind;
        final Item marker;
        final Delim bottom;
        final String url;
        boolean active = true;

        Frame(int kind, Item marker, Delim bottom, String url) {
            this.kind = kind;
            this.marker = marker;
            this.bottom = bottom;
            this.url = url;
        }
    }

    private final String s;
    private final boolean htmlish;
    private int pos;
    private final StringBuilder pending = new StringBuilder();
    private Item head;
    private Item tail;
    private Delim lastDelim;
    private final ArrayList<Frame> frames = new ArrayList<>();
    private final Backticks backticks;
    private final Html.Finder codeClose;
    private final Html.Finder doubleClose;
    private final Html.Finder singleClose;
    private final Html.Finder lineEnd;

    private InlineParser(String s, boolean htmlish) {
        this.s = s;
        this.htmlish = htmlish;
        this.backticks = new Backticks(s);
        this.codeClose = new Html.Finder(s, "</code>");
        this.doubleClose = new Html.Finder(s, "]]");
        this.singleClose = new Html.Finder(s, "]");
        this.lineEnd = new Html.Finder(s, "\n");
    }

    /**
     * Parses the inline content of one block. {@code htmlish}: the document is HTML, so a line end inside a
     * paragraph is a space; otherwise it stays a line feed in the text, for a renderer that honours it.
     */
    static List<Inline> parse(String content, boolean htmlish) {
        InlineParser p = new InlineParser(content, htmlish);
        p.run();
        return p.result();
    }

    private void run() {
        int n = s.length();
        while (pos < n) {
            char c = s.charAt(pos);
            switch (c) {
                case '\\':
                    escape();
                    break;
                case '`':
                    codeSpan();
                    break;
                case '*':
                case '_':
                    delimiters(c);
                    break;
                case '\'':
                    if (pos + 1 < n && s.charAt(pos + 1) == '\'') {
                        delimiters(c);
                    } else {
                        pending.append(c);
                        pos++;
                    }
                    break;
                case '!':
                    if (pos + 1 < n && s.charAt(pos + 1) == '[') {
                        openBracket(true);
                    } else {
                        pending.append(c);
                        pos++;
                    }
                    break;
                case '[':
                    openBracket(false);
                    break;
                case ']':
                    closeBracket();
                    break;
                case '<':
                    angle();
                    break;
                case '&':
                    int end = Html.decodeAt(s, pos, pending);
                    if (end < 0) {
                        pending.append(c);
                        pos++;
                    } else {
                        pos = end;
                    }
                    break;
                case '\n':
                    newline();
                    break;
                default:
                    int start = pos;
                    while (pos < n && !special(s.charAt(pos))) {
                        pos++;
                    }
                    pending.append(s, start, pos);
            }
        }
        closeFramesAbove(-1);
        flushPending();
        processEmphasis(null);
    }

    private static boolean special(char c) {
        switch (c) {
            case '\\':
            case '`':
            case '*':
            case '_':
            case '\'':
            case '!':
            case '[':
            case ']':
            case '<':
            case '&':
            case '\n':
                return true;
            default:
                return false;
        }
    }

    // ---- items

    private Item append(Item item) {
        item.prev = tail;
        if (tail == null) {
            head = item;
        } else {
            tail.next = item;
        }
        tail = item;
        return item;
    }

    private void flushPending() {
        if (pending.length() > 0) {
            Item item = new Item();
            item.text = pending.toString();
            pending.setLength(0);
            append(item);
        }
    }

    private Item appendText(String text) {
        flushPending();
        Item item = new Item();
        item.text = text;
        return append(item);
    }

    private void appendNode(N node) {
        flushPending();
        Item item = new Item();
        item.node = node;
        append(item);
    }

    private void unlink(Item item) {
        if (item.prev == null) {
            head = item.next;
        } else {
            item.prev.next = item.next;
        }
        if (item.next == null) {
            tail = item.prev;
        } else {
            item.next.prev = item.prev;
        }
        item.prev = null;
        item.next = null;
    }

    private static N toNode(Item item) {
        if (item.node != null) {
            return item.node;
        }
        if (item.delim != null) {
            return new N(N.TEXT, repeat(item.delim.c, item.delim.count));
        }
        return item.text.isEmpty() ? null : new N(N.TEXT, item.text);
    }

    /** Moves the items from {@code from} up to (not including) {@code to} into the children of {@code node}. */
    private void moveInto(N node, Item from, Item to) {
        Item item = from;
        while (item != to) {
            Item next = item.next;
            N kid = toNode(item);
            if (kid != null) {
                node.kids.add(kid);
            }
            unlink(item);
            item = next;
        }
    }

    private static String repeat(char c, int count) {
        char[] chars = new char[count];
        for (int i = 0; i < count; i++) {
            chars[i] = c;
        }
        return new String(chars);
    }

    // ---- simple constructs

    private void escape() {
        int n = s.length();
        char next = pos + 1 < n ? s.charAt(pos + 1) : 0;
        if (next == '\n') {
            appendNode(new N(N.BR, null));
            pos = skipBlanks(pos + 2);
        } else if (isAsciiPunct(next)) {
            pending.append(next);
            pos += 2;
        } else {
            pending.append('\\');
            pos++;
        }
    }

    private void newline() {
        int spaces = 0;
        while (spaces < pending.length() && pending.charAt(pending.length() - 1 - spaces) == ' ') {
            spaces++;
        }
        pending.setLength(pending.length() - spaces);
        if (spaces >= 2) {
            appendNode(new N(N.BR, null));
        } else {
            pending.append(htmlish ? ' ' : '\n');
        }
        pos = skipBlanks(pos + 1);
    }

    private int skipBlanks(int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private void codeSpan() {
        int start = pos;
        int n = s.length();
        while (pos < n && s.charAt(pos) == '`') {
            pos++;
        }
        int len = pos - start;
        int close = backticks.next(pos, len);
        if (close < 0) {
            pending.append(s, start, pos);
            return;
        }
        String code = s.substring(pos, close).replace('\n', ' ');
        if (code.length() >= 2 && code.charAt(0) == ' ' && code.charAt(code.length() - 1) == ' '
                && !code.trim().isEmpty()) {
            code = code.substring(1, code.length() - 1);
        }
        appendNode(new N(N.CODE, code));
        pos = close + len;
    }

    // ---- emphasis

    private void delimiters(char c) {
        int start = pos;
        int n = s.length();
        while (pos < n && s.charAt(pos) == c) {
            pos++;
        }
        int count = pos - start;
        char before = start > 0 ? s.charAt(start - 1) : '\n';
        char after = pos < n ? s.charAt(pos) : '\n';
        boolean canOpen;
        boolean canClose;
        if (c == '\'') {
            // MediaWiki toggles bold and italics without looking at the neighbours.
            canOpen = true;
            canClose = true;
        } else {
            boolean left = !isWhite(after) && (!isPunct(after) || isWhite(before) || isPunct(before));
            boolean right = !isWhite(before) && (!isPunct(before) || isWhite(after) || isPunct(after));
            if (c == '*') {
                canOpen = left;
                canClose = right;
            } else {
                canOpen = left && (!right || isPunct(before));
                canClose = right && (!left || isPunct(after));
            }
        }
        if (!canOpen && !canClose) {
            pending.append(s, start, pos);
            return;
        }
        flushPending();
        Item item = new Item();
        Delim d = new Delim(item, c, count, canOpen, canClose);
        item.delim = d;
        append(item);
        d.prev = lastDelim;
        if (lastDelim != null) {
            lastDelim.next = d;
        }
        lastDelim = d;
    }

    private void removeDelim(Delim d) {
        if (d.prev != null) {
            d.prev.next = d.next;
        }
        if (d.next != null) {
            d.next.prev = d.prev;
        } else {
            lastDelim = d.prev;
        }
        d.prev = null;
        d.next = null;
    }

    private static int slot(Delim closer) {
        int c = closer.c == '*' ? 0 : closer.c == '_' ? 1 : 2;
        return c * 6 + (closer.canOpen ? 3 : 0) + closer.orig % 3;
    }

    /** Matches the delimiters above {@code bottom} into emphasis, then turns the unmatched ones into text. */
    private void processEmphasis(Delim bottom) {
        if (lastDelim == bottom) {
            return;
        }
        Delim[] openersBottom = new Delim[18];
        for (int i = 0; i < openersBottom.length; i++) {
            openersBottom[i] = bottom;
        }
        Delim closer = lastDelim;
        while (closer.prev != bottom && closer.prev != null) {
            closer = closer.prev;
        }
        while (closer != null) {
            if (!closer.canClose || closer.c == '\'' && closer.count < 2) {
                closer = closer.next;
                continue;
            }
            int slot = slot(closer);
            Delim opener = closer.prev;
            boolean found = false;
            while (opener != null && opener != bottom && opener != openersBottom[slot]) {
                if (opener.canOpen && opener.c == closer.c && !oddMatch(opener, closer)
                        && (opener.c != '\'' || opener.count >= 2)) {
                    found = true;
                    break;
                }
                opener = opener.prev;
            }
            Delim oldCloser = closer;
            if (found) {
                int use;
                int type;
                if (closer.c == '\'') {
                    use = opener.count >= 3 && closer.count >= 3 ? 3 : 2;
                    type = use == 3 ? N.STRONG : N.EMPH;
                } else {
                    use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
                    type = use == 2 ? N.STRONG : N.EMPH;
                }
                opener.count -= use;
                closer.count -= use;
                Delim between = closer.prev;
                while (between != opener) {
                    Delim prev = between.prev;
                    removeDelim(between);
                    between = prev;
                }
                N node = new N(type, repeat(closer.c, use));
                moveInto(node, opener.item.next, closer.item);
                Item item = new Item();
                item.node = node;
                item.prev = opener.item;
                item.next = closer.item;
                opener.item.next = item;
                closer.item.prev = item;
                if (opener.count == 0) {
                    removeDelim(opener);
                    unlink(opener.item);
                }
                if (closer.count == 0) {
                    Delim next = closer.next;
                    removeDelim(closer);
                    unlink(closer.item);
                    closer = next;
                }
            } else {
                closer = closer.next;
                openersBottom[slot] = oldCloser.prev;
                if (!oldCloser.canOpen) {
                    removeDelim(oldCloser);
                }
            }
        }
        while (lastDelim != bottom) {
            removeDelim(lastDelim);
        }
    }

    /** CommonMark's "rule of three" for runs that can both open and close. */
    private static boolean oddMatch(Delim opener, Delim closer) {
        if (closer.c == '\'') {
            return false;
        }
        return (closer.canOpen || opener.canClose) && closer.orig % 3 != 0 && (opener.orig + closer.orig) % 3 == 0;
    }

    // ---- frames: brackets and open HTML tags

    private boolean insideLink() {
        for (Frame f : frames) {
            if (f.kind == LINK) {
                return true;
            }
        }
        return false;
    }

    private void openBracket(boolean image) {
        if (!image && (wikiLink() || wikiExternalLink())) {
            return;
        }
        String marker = image ? "![" : "[";
        pos += marker.length();
        if (frames.size() >= MAX_FRAMES) {
            pending.append(marker);
            return;
        }
        frames.add(new Frame(BRACKET, appendText(marker), lastDelim, null));
    }

    private int innermost(int kind) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (frames.get(i).kind == kind) {
                return i;
            }
        }
        return -1;
    }

    private void closeBracket() {
        pos++;
        int fi = innermost(BRACKET);
        if (fi < 0) {
            pending.append(']');
            return;
        }
        Frame f = frames.get(fi);
        String[] dest = f.active ? linkTail() : null;
        if (dest == null) {
            frames.remove(fi);
            pending.append(']');
            return;
        }
        closeFramesAbove(fi);
        flushPending();
        frames.remove(fi);
        processEmphasis(f.bottom);
        String url = Urls.safe(dest[0]);
        if (url != null && !insideLink()) {
            wrapAfter(f.marker, new N(N.LINK, url));
            for (Frame outer : frames) {
                if (outer.kind == BRACKET) {
                    outer.active = false; // no links inside links
                }
            }
        } else {
            // Not a URL we link to: the text stays, the target follows it in parentheses.
            f.marker.text = "";
            if (!dest[0].trim().isEmpty()) {
                pending.append(" (").append(dest[0].trim()).append(')');
            }
        }
    }

    /** Replaces the marker and everything after it by {@code node}, which takes the items as its children. */
    private void wrapAfter(Item marker, N node) {
        moveInto(node, marker.next, null);
        if (node.type == N.LINK && node.kids.isEmpty()) {
            node.kids.add(new N(N.TEXT, node.value));
        }
        marker.text = null;
        marker.node = node;
    }

    private void closeFramesAbove(int index) {
        while (frames.size() - 1 > index) {
            Frame top = frames.get(frames.size() - 1);
            if (top.kind == BRACKET) {
                frames.remove(frames.size() - 1); // its "[" stays as text
            } else {
                closeTopFrame();
            }
        }
    }

    private void closeTopFrame() {
        flushPending();
        Frame f = frames.remove(frames.size() - 1);
        processEmphasis(f.bottom);
        int type = f.kind == EM ? N.EMPH : f.kind == STRONG ? N.STRONG : N.LINK;
        wrapAfter(f.marker, new N(type, f.kind == LINK ? f.url : ""));
    }

    /**
     * After {@code ]}: {@code (destination "optional title")}. Returns the destination with escapes and
     * references decoded, and moves past it; null (position unchanged) when there is none.
     */
    private String[] linkTail() {
        int n = s.length();
        int i = pos;
        if (i >= n || s.charAt(i) != '(') {
            return null;
        }
        i = skipLinkSpace(i + 1);
        StringBuilder dest = new StringBuilder();
        if (i < n && s.charAt(i) == '<') {
            i++;
            while (i < n && s.charAt(i) != '>') {
                char c = s.charAt(i);
                if (c == '\n' || c == '<' || i - pos > MAX_DEST) {
                    return null;
                }
                i = destChar(i, dest);
            }
            if (i >= n) {
                return null;
            }
            i++;
        } else {
            int depth = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c <= ' ' || i - pos > MAX_DEST) {
                    break;
                }
                if (c == '(') {
                    if (++depth > MAX_PARENS) {
                        return null;
                    }
                } else if (c == ')') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                }
                i = destChar(i, dest);
            }
            if (depth != 0) {
                return null;
            }
        }
        int afterDest = i;
        i = skipLinkSpace(i);
        if (i < n && i > afterDest && (s.charAt(i) == '"' || s.charAt(i) == '\'' || s.charAt(i) == '(')) {
            char close = s.charAt(i) == '(' ? ')' : s.charAt(i);
            int j = i + 1;
            while (j < n && s.charAt(j) != close && j - i < MAX_TITLE) {
                j += s.charAt(j) == '\\' ? 2 : 1;
            }
            if (j >= n || s.charAt(j) != close) {
                return null;
            }
            i = skipLinkSpace(j + 1);
        }
        if (i >= n || s.charAt(i) != ')') {
            return null;
        }
        pos = i + 1;
        return new String[] {dest.toString()};
    }

    /** One character of a link destination: a backslash escape, a character reference or itself. */
    private int destChar(int i, StringBuilder dest) {
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < s.length() && isAsciiPunct(s.charAt(i + 1))) {
            dest.append(s.charAt(i + 1));
            return i + 2;
        }
        if (c == '&') {
            int end = Html.decodeAt(s, i, dest);
            if (end > 0) {
                return end;
            }
        }
        dest.append(c);
        return i + 1;
    }

    private int skipLinkSpace(int i) {
        boolean newline = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (newline) {
                    break;
                }
                newline = true;
            } else if (c != ' ' && c != '\t') {
                break;
            }
            i++;
        }
        return i;
    }

    // ---- MediaWiki

    /** {@code [[Page]]}, {@code [[Page|label]]}, {@code [[File:x.png|thumb|caption]]}: the label as text. */
    private boolean wikiLink() {
        if (pos + 1 >= s.length() || s.charAt(pos + 1) != '[') {
            return false;
        }
        int close = doubleClose.next(pos + 2);
        int eol = lineEnd.next(pos);
        if (close < 0 || close == pos + 2 || eol >= 0 && eol < close || close - pos > MAX_WIKI) {
            return false;
        }
        String inner = s.substring(pos + 2, close);
        if (inner.indexOf('[') >= 0) {
            return false;
        }
        pending.append(wikiLabel(Html.decode(inner)));
        pos = close + 2;
        return true;
    }

    static String wikiLabel(String inner) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= inner.length(); i++) {
            if (i == inner.length() || inner.charAt(i) == '|') {
                parts.add(inner.substring(start, i).trim());
                start = i + 1;
            }
        }
        String target = parts.get(0);
        int colon = target.indexOf(':');
        String namespace = colon > 0 ? Html.lower(target, 0, colon) : "";
        if (namespace.equals("file") || namespace.equals("image")) {
            String caption = target.substring(colon + 1).trim();
            for (int i = parts.size() - 1; i >= 1; i--) {
                if (!parts.get(i).isEmpty() && !imageOption(parts.get(i))) {
                    caption = parts.get(i);
                    break;
                }
            }
            return "[" + caption + "]";
        }
        int pipe = inner.indexOf('|');
        if (pipe >= 0 && !inner.substring(pipe + 1).trim().isEmpty()) {
            return inner.substring(pipe + 1).trim();
        }
        return target.startsWith(":") ? target.substring(1) : target;
    }

    private static boolean imageOption(String part) {
        String p = Html.lower(part, 0, part.length());
        switch (p) {
            case "thumb":
            case "thumbnail":
            case "frame":
            case "framed":
            case "frameless":
            case "border":
            case "left":
            case "right":
            case "center":
            case "centre":
            case "none":
            case "upright":
            case "baseline":
            case "middle":
            case "top":
            case "bottom":
                return true;
            default:
                return p.endsWith("px") || p.startsWith("link=") || p.startsWith("alt=") || p.startsWith("upright=")
                        || p.startsWith("page=") || p.startsWith("class=") || p.startsWith("lang=");
        }
    }

    /** {@code [https://example.org label]} (not followed by {@code (}, which would make it a Markdown link). */
    private boolean wikiExternalLink() {
        int start = pos + 1;
        if (!startsWithIgnoreCase(start, "https://") && !startsWithIgnoreCase(start, "http://")
                && !startsWithIgnoreCase(start, "mailto:") || insideLink()) {
            return false;
        }
        int close = singleClose.next(start);
        int eol = lineEnd.next(pos);
        if (close < 0 || eol >= 0 && eol < close || close - pos > MAX_WIKI
                || close + 1 < s.length() && s.charAt(close + 1) == '(') {
            return false;
        }
        String inner = s.substring(start, close);
        int space = 0;
        while (space < inner.length() && inner.charAt(space) != ' ' && inner.charAt(space) != '\t') {
            space++;
        }
        String url = Urls.safe(Html.decode(inner.substring(0, space)));
        if (url == null || inner.indexOf('[') >= 0) {
            return false;
        }
        String label = Html.decode(inner.substring(space).trim());
        N link = new N(N.LINK, url);
        link.kids.add(new N(N.TEXT, label.isEmpty() ? inner.substring(0, space) : label));
        appendNode(link);
        pos = close + 1;
        return true;
    }

    private boolean startsWithIgnoreCase(int at, String lowerPrefix) {
        if (at + lowerPrefix.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length(); i++) {
            if (Html.lower(s.charAt(at + i)) != lowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---- angle brackets: autolinks and allowlisted HTML

    private void angle() {
        if (autolink()) {
            return;
        }
        Html.Tag tag = Html.scan(s, pos);
        if (tag == null || Html.isBlock(tag.id)) {
            pending.append('<');
            pos++;
            return;
        }
        switch (tag.id) {
            case Html.BR:
                appendNode(new N(N.BR, null));
                pos = skipBlanks(tag.end);
                if (pos < s.length() && s.charAt(pos) == '\n') {
                    pos = skipBlanks(pos + 1);
                }
                return;
            case Html.CODE:
                pos = tag.end;
                int close = tag.closing ? -1 : codeClose.next(tag.end);
                if (close >= 0) {
                    appendNode(new N(N.CODE, Html.codeText(s.substring(tag.end, close))));
                    pos = close + "</code>".length();
                }
                return;
            case Html.EM:
            case Html.STRONG:
            case Html.A:
                int kind = tag.id == Html.EM ? EM : tag.id == Html.STRONG ? STRONG : LINK;
                if (tag.closing) {
                    closeTag(kind, tag);
                } else if (frames.size() >= MAX_FRAMES || kind == LINK && insideLink()) {
                    if (kind == LINK) {
                        pending.append(s, pos, tag.end); // a link inside a link stays visible as text
                    }
                    pos = tag.end;
                } else {
                    pos = tag.end;
                    frames.add(new Frame(kind, appendText(""), lastDelim, tag.href));
                }
                return;
            default: // span, small, u, ...: the tag goes, its content stays
                pos = tag.end;
        }
    }

    private void closeTag(int kind, Html.Tag tag) {
        int fi = innermost(kind);
        if (fi < 0) {
            if (kind == LINK) {
                pending.append(s, pos, tag.end); // keeps a refused <a href="javascript:..">..</a> whole
            }
            pos = tag.end;
            return;
        }
        pos = tag.end;
        closeFramesAbove(fi);
        closeTopFrame();
    }

    /** {@code <https://...>}, {@code <mailto:...>} and {@code <someone@example.org>}. */
    private boolean autolink() {
        int n = s.length();
        int i = pos + 1;
        int schemeStart = i;
        while (i < n && i - schemeStart <= 32 && (Html.isAlpha(s.charAt(i)) || i > schemeStart
                && (Html.isDigit(s.charAt(i)) || s.charAt(i) == '+' || s.charAt(i) == '.' || s.charAt(i) == '-'))) {
            i++;
        }
        if (i - schemeStart >= 2 && i < n && s.charAt(i) == ':') {
            int j = i + 1;
            while (j < n && s.charAt(j) > ' ' && s.charAt(j) != '<' && s.charAt(j) != '>') {
                j++;
            }
            if (j < n && s.charAt(j) == '>') {
                String raw = s.substring(pos + 1, j);
                String url = Urls.safe(raw);
                if (url != null && !insideLink()) {
                    N link = new N(N.LINK, url);
                    link.kids.add(new N(N.TEXT, raw));
                    appendNode(link);
                    pos = j + 1;
                    return true;
                }
            }
            return false;
        }
        int at = -1;
        int j = pos + 1;
        while (j < n && (emailChar(s.charAt(j)) || s.charAt(j) == '@' && at < 0)) {
            if (s.charAt(j) == '@') {
                at = j;
            }
            j++;
        }
        if (at > pos + 1 && j > at + 1 && j < n && s.charAt(j) == '>' && !insideLink()) {
            String address = s.substring(pos + 1, j);
            String url = Urls.safe("mailto:" + address);
            boolean dot = false;
            for (int k = at + 1; k < j; k++) {
                dot |= s.charAt(k) == '.';
            }
            if (url != null && dot) {
                N link = new N(N.LINK, url);
                link.kids.add(new N(N.TEXT, address));
                appendNode(link);
                pos = j + 1;
                return true;
            }
        }
        return false;
    }

    private static boolean emailChar(char c) {
        return Html.isAlpha(c) || Html.isDigit(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
    }

    // ---- the result

    private List<Inline> result() {
        N root = new N(N.LINK, null); // a container; never becomes a node itself
        moveInto(root, head, null);
        return Builder.build(root.kids);
    }

    /** Turns the intermediate tree into {@link Inline}s without recursion. */
    private static final class Builder {
        private final List<Inline> out = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final boolean linkify;

        private Builder(boolean linkify) {
            this.linkify = linkify;
        }

        private void flush() {
            if (text.length() > 0) {
                if (linkify) {
                    Linkify.addTo(text.toString(), out);
                } else {
                    out.add(new Inline.Text(text.toString()));
                }
                text.setLength(0);
            }
        }

        private void add(Inline inline) {
            flush();
            out.add(inline);
        }

        /** A node being built: its children, the next child to visit, its level (root children are at 1). */
        private static final class Step {
            final N node;
            final Builder builder;
            final Step parent;
            final int level;
            final boolean inLink;
            final boolean unwrapped;
            int next;

            Step(N node, Builder builder, Step parent, int level, boolean inLink, boolean unwrapped) {
                this.node = node;
                this.builder = builder;
                this.parent = parent;
                this.level = level;
                this.inLink = inLink;
                this.unwrapped = unwrapped;
            }
        }

        static List<Inline> build(List<N> rootKids) {
            N root = new N(N.LINK, null);
            root.kids.addAll(rootKids);
            Step top = new Step(root, new Builder(true), null, 0, false, false);
            Step rootStep = top;
            while (top != null) {
                if (top.next < top.node.kids.size()) {
                    N kid = top.node.kids.get(top.next++);
                    Builder b = top.builder;
                    switch (kid.type) {
                        case N.TEXT:
                            b.text.append(kid.value);
                            break;
                        case N.CODE:
                            b.add(new Inline.Code(kid.value));
                            break;
                        case N.BR:
                            b.add(Inline.LineBreak.INSTANCE);
                            break;
                        default:
                            if (kid.type == N.LINK && top.inLink) {
                                top = new Step(kid, b, top, top.level, true, true); // a link in a link: its text
                            } else if (top.level + 1 >= MAX_NESTING) {
                                flatten(kid, b.text);
                            } else {
                                boolean inLink = top.inLink || kid.type == N.LINK;
                                top = new Step(kid, new Builder(!inLink), top, top.level + 1, inLink, false);
                            }
                    }
                    continue;
                }
                Step done = top;
                top = done.parent;
                if (done == rootStep || done.unwrapped) {
                    continue;
                }
                done.builder.flush();
                List<Inline> kids = done.builder.out;
                if (done.node.type == N.LINK) {
                    if (kids.isEmpty()) {
                        kids.add(new Inline.Text(done.node.value));
                    }
                    top.builder.add(new Inline.Link(done.node.value, kids));
                } else if (!kids.isEmpty()) {
                    top.builder.add(done.node.type == N.EMPH ? new Inline.Emphasis(kids) : new Inline.Strong(kids));
                }
            }
            rootStep.builder.flush();
            return trimBreaks(rootStep.builder.out);
        }

        /** The text of a subtree nested too deeply, its emphasis delimiters shown as written. */
        private static void flatten(N node, StringBuilder sb) {
            ArrayList<N> stack = new ArrayList<>();
            ArrayList<Integer> next = new ArrayList<>();
            stack.add(node);
            next.add(0);
            appendOpen(node, sb);
            while (!stack.isEmpty()) {
                int last = stack.size() - 1;
                N top = stack.get(last);
                int i = next.get(last);
                if (top.kids != null && i < top.kids.size()) {
                    next.set(last, i + 1);
                    N kid = top.kids.get(i);
                    appendOpen(kid, sb);
                    if (kid.kids != null) {
                        stack.add(kid);
                        next.add(0);
                    }
                } else {
                    stack.remove(last);
                    next.remove(last);
                    if (top.type == N.EMPH || top.type == N.STRONG) {
                        sb.append(top.value);
                    }
                }
            }
        }

        private static void appendOpen(N node, StringBuilder sb) {
            switch (node.type) {
                case N.TEXT:
                case N.CODE:
                    sb.append(node.value);
                    break;
                case N.BR:
                    sb.append('\n');
                    break;
                case N.EMPH:
                case N.STRONG:
                    sb.append(node.value);
                    break;
                default:
                    break;
            }
        }

        /** Line breaks at the start or end of a paragraph, and white space at its end, show nothing useful. */
        private static List<Inline> trimBreaks(List<Inline> list) {
            int from = 0;
            int to = list.size();
            while (from < to && blank(list.get(from))) {
                from++;
            }
            while (to > from && blank(list.get(to - 1))) {
                to--;
            }
            List<Inline> result = new ArrayList<>(list.subList(from, to));
            int last = result.size() - 1;
            if (last >= 0 && result.get(last) instanceof Inline.Text) {
                String t = ((Inline.Text) result.get(last)).text();
                int end = t.length();
                while (end > 0 && isWhite(t.charAt(end - 1))) {
                    end--;
                }
                result.set(last, new Inline.Text(t.substring(0, end)));
            }
            return result;
        }

        private static boolean blank(Inline inline) {
            if (inline instanceof Inline.LineBreak) {
                return true;
            }
            if (!(inline instanceof Inline.Text)) {
                return false;
            }
            String t = ((Inline.Text) inline).text();
            for (int i = 0; i < t.length(); i++) {
                if (!isWhite(t.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    // ---- character classes (ASCII plus the common Unicode spaces and punctuation)

    static boolean isWhite(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0' || c == '\u1680'
                || c >= '\u2000' && c <= '\u200a' || c == '\u2028' || c == '\u2029' || c == '\u202f'
                || c == '\u205f' || c == '\u3000';
    }

    static boolean isAsciiPunct(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    private static boolean isPunct(char c) {
        return isAsciiPunct(c) || c >= '\u2010' && c <= '\u2027' || c >= '\u2030' && c <= '\u205e'
                || c == '\u00a1' || c == '\u00a7' || c == '\u00ab' || c == '\u00b6' || c == '\u00b7'
                || c == '\u00bb' || c == '\u00bf' || c >= '\u3001' && c <= '\u3003' || c >= '\u3008' && c <= '\u3011';
    }
}
