package dev.trackside.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Block structure, one line at a time, in the manner of CommonMark: a stack of open containers (quotes, lists,
 * list items) that each line must continue, and one open leaf (paragraph, code, heading) at the top.
 *
 * <p>HTML block tags from the allowlist are events in the same stack: {@code <ul>}, {@code <li>} and
 * {@code <blockquote>} open containers that only their closing tags (or an enclosing close) end, {@code <p>} and
 * {@code <div>} end a paragraph, {@code <pre>} captures code up to {@code </pre>}. A document containing any such tag
 * is "HTML-ish": there a line end is a space, indentation means nothing (no indented code blocks), and a line is cut
 * at each block tag (outside code spans). Nesting is capped at {@link #MAX_BOXES} open containers; deeper markers
 * stay text and deeper tags are ignored.
 */
final class BlockParser {
    static final int MAX_BOXES = 16;

    private static final int DOC = 0;
    private static final int QUOTE = 1;
    private static final int LIST = 2;
    private static final int ITEM = 3;
    private static final int HQUOTE = 4;
    private static final int HLIST = 5;
    private static final int HITEM = 6;

    private static final int NONE = 0;
    private static final int PARA = 1;
    private static final int FENCE = 2;
    private static final int ICODE = 3;
    private static final int HHEADING = 4;

    private static final class Box {
        final int type;
        final List<Block> blocks = new ArrayList<>();
        final List<ListItem> items = new ArrayList<>();
        boolean started;
        // lists
        boolean ordered;
        char marker;
        int start = 1;
        boolean loose;
        boolean blankPending;
        int openedLine;
        // items
        int contentIndent;

        Box(int type) {
            this.type = type;
        }

        boolean html() {
            return type >= HQUOTE;
        }
    }

    private final String s;
    private final boolean htmlish;
    private final ArrayList<Box> open = new ArrayList<>();
    private final Backticks backticks;
    private final Html.Finder preClose;
    private int line;

    private int leaf = NONE;
    private final StringBuilder leafText = new StringBuilder();
    private char fenceChar;
    private int fenceLength;
    private int fenceIndent;
    private int headingLevel;
    private int blankCodeLines;

    private BlockParser(String s) {
        this.s = s;
        this.htmlish = Html.hasBlockTag(s);
        this.backticks = new Backticks(s);
        this.preClose = new Html.Finder(s, "</pre>");
        open.add(new Box(DOC));
    }

    /** The blocks of a normalised text (line feeds only, leading tabs expanded). */
    static List<Block> parse(String s) {
        BlockParser p = new BlockParser(s);
        p.run();
        while (p.open.size() > 1) {
            p.closeBox();
        }
        p.closeLeaf();
        return p.open.get(0).blocks;
    }

    private void run() {
        int n = s.length();
        int pos = 0;
        while (pos < n) {
            int eol = lineEnd(pos);
            line++;
            boolean blank = isBlank(pos, eol);
            int resume = processLine(pos, eol);
            while (resume >= 0) {
                eol = lineEnd(Math.min(resume, n));
                resume = resume >= n ? -1 : processSegments(resume, eol, open.size() - 1, false);
            }
            if (!blank) {
                updateTightness();
            }
            pos = eol + 1;
        }
    }

    private int lineEnd(int from) {
        int eol = s.indexOf('\n', from);
        return eol < 0 ? s.length() : eol;
    }

    // ---- one line

    private int processLine(int start, int end) {
        int p = start;
        int matched = 0;
        boolean blank = isBlank(start, end);
        for (int i = 1; i < open.size(); i++) {
            Box b = open.get(i);
            if (b.html() || b.type == LIST) {
                matched = i;
                continue;
            }
            if (b.type == QUOTE) {
                int q = p + indent(p, end);
                if (q < end && s.charAt(q) == '>' && (htmlish || q - p < 4)) {
                    p = q + 1;
                    if (p < end && s.charAt(p) == ' ') {
                        p++;
                    }
                    matched = i;
                    continue;
                }
                break;
            }
            // ITEM
            if (blank ? b.started || i == open.size() - 1 && leaf != NONE : indent(p, end) >= b.contentIndent) {
                p = blank ? p : p + b.contentIndent;
                matched = i;
                continue;
            }
            break;
        }
        boolean allMatched = matched == open.size() - 1;
        if (leaf == FENCE && allMatched) {
            if (closingFence(p, end)) {
                closeLeaf();
            } else {
                int strip = Math.min(fenceIndent, indent(p, end));
                leafText.append(s, p + strip, end).append('\n');
            }
            return -1;
        }
        if (leaf == ICODE && allMatched) {
            if (blank) {
                blankCodeLines++;
                return -1;
            }
            if (indent(p, end) >= 4) {
                appendCodeLine(p + 4, end);
                return -1;
            }
        }
        return processSegments(p, end, matched, true);
    }

    /**
     * The rest of a line from {@code p}, after the open containers up to {@code matched} took their markers. Returns
     * where to continue when a {@code <pre>} ran past the end of the line, else -1.
     */
    private int processSegments(int p, int end, int matched, boolean wholeLine) {
        if (wholeLine && isBlank(p, end)) {
            closeUnmatched(matched);
            if (leaf == PARA || leaf == HHEADING || leaf == ICODE) {
                closeLeaf();
            }
            for (Box b : open) {
                if (b.type == LIST) {
                    b.blankPending = true;
                }
            }
            return -1;
        }
        boolean first = wholeLine;
        while (true) {
            boolean allMatched = matched == open.size() - 1;
            // Container starts: "> ", "- ", "1. ".
            while (leaf != HHEADING) {
                int ind = indent(p, end);
                if (!htmlish && ind >= 4) {
                    break;
                }
                int q = p + ind;
                if (q >= end) {
                    break;
                }
                if (s.charAt(q) == '>' && room(1)) {
                    closeUnmatched(matched);
                    push(new Box(QUOTE));
                    matched = open.size() - 1;
                    allMatched = true;
                    p = q + 1;
                    if (p < end && s.charAt(p) == ' ') {
                        p++;
                    }
                    continue;
                }
                int[] m = listMarker(p, q, end);
                if (m == null || !room(2)) {
                    break;
                }
                boolean ordered = m[0] == 1;
                boolean emptyItem = m[3] >= end;
                if (leaf == PARA && allMatched && (emptyItem || ordered && m[1] != 1)) {
                    break; // may not interrupt a paragraph
                }
                closeUnmatched(matched);
                closeLeaf();
                char marker = s.charAt(m[4]);
                Box tip = top();
                if (tip.type != LIST || tip.ordered != ordered || tip.marker != marker) {
                    Box list = new Box(LIST);
                    list.ordered = ordered;
                    list.marker = marker;
                    list.start = m[1];
                    list.openedLine = line;
                    push(list);
                }
                Box item = new Box(ITEM);
                item.contentIndent = m[2];
                push(item);
                matched = open.size() - 1;
                allMatched = true;
                p = Math.min(m[3], end);
                if (p >= end) {
                    return -1;
                }
            }
            int ind = indent(p, end);
            int q = p + ind;
            if (leaf == HHEADING) {
                int tagAt = nextBlockTag(q, end);
                int segEnd = tagAt < 0 ? end : tagAt;
                leafText.append(s, q, segEnd).append('\n');
                if (tagAt < 0) {
                    return -1;
                }
                p = tagEvent(tagAt, end, matched);
                matched = open.size() - 1;
                if (p > end) {
                    return p;
                }
                first = false;
                continue;
            }
            if (!htmlish && ind >= 4 && leaf != PARA) {
                closeUnmatched(matched);
                if (leaf != ICODE) {
                    closeLeaf();
                    openLeaf(ICODE);
                }
                appendCodeLine(p + 4, end);
                return -1;
            }
            if (q < end && openFence(q, end, ind, matched)) {
                return -1;
            }
            int tagAt = htmlish ? nextBlockTag(q, end) : -1;
            int segEnd = tagAt < 0 ? end : tagAt;
            if (!isBlank(q, segEnd)) {
                int level = atxLevel(q, segEnd);
                int setext = first && tagAt < 0 && leaf == PARA && allMatched ? setextLevel(q, segEnd) : 0;
                if (level > 0) {
                    closeUnmatched(matched);
                    closeLeaf();
                    addHeading(level, q + level, segEnd);
                } else if (setext > 0) {
                    String text = leafText.toString();
                    leaf = NONE;
                    leafText.setLength(0);
                    List<Inline> inlines = InlineParser.parse(text, htmlish);
                    if (!inlines.isEmpty()) {
                        addBlock(new Block.Heading(setext, inlines));
                    }
                } else if (thematicBreak(q, segEnd)) {
                    closeUnmatched(matched);
                    closeLeaf();
                    addBlock(Block.ThematicBreak.INSTANCE);
                } else if (leaf == PARA) {
                    // a continuation line; when containers did not match, a "lazy" one that keeps them open
                    leafText.append('\n').append(s, q, segEnd);
                } else {
                    closeUnmatched(matched);
                    closeLeaf();
                    openLeaf(PARA);
                    leafText.append(s, q, segEnd);
                }
            }
            if (tagAt < 0) {
                return -1;
            }
            p = tagEvent(tagAt, end, matched);
            matched = open.size() - 1;
            if (p > end) {
                return p;
            }
            first = false;
        }
    }

    private void appendCodeLine(int from, int end) {
        for (; blankCodeLines > 0; blankCodeLines--) {
            leafText.append('\n');
        }
        leafText.append(s, Math.min(from, end), end).append('\n');
    }

    // ---- HTML block tags

    /** Position of the next allowlisted block tag in {@code [from, end)}, skipping code spans; -1 if none. */
    private int nextBlockTag(int from, int end) {
        int i = from;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '`') {
                int j = i;
                while (j < end && s.charAt(j) == '`') {
                    j++;
                }
                int close = backticks.next(j, j - i);
                i = close >= 0 && close < end ? close + (j - i) : j;
            } else if (c == '<') {
                Html.Tag tag = Html.scan(s, i);
                if (tag != null && Html.isBlock(tag.id)) {
                    return i;
                }
                i++;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** Handles the block tag at {@code at}; returns the position after it (after {@code </pre>} for pre). */
    private int tagEvent(int at, int end, int matched) {
        Html.Tag tag = Html.scan(s, at);
        closeUnmatched(matched);
        closeLeaf();
        switch (tag.id) {
            case Html.UL:
            case Html.OL:
                if (tag.closing) {
                    closeThrough(HLIST);
                } else if (room(2)) {
                    Box list = new Box(HLIST);
                    list.ordered = tag.id == Html.OL;
                    list.start = tag.start;
                    push(list);
                }
                break;
            case Html.LI:
                if (tag.closing) {
                    closeThrough(HITEM);
                    break;
                }
                for (int i = open.size() - 1; i > 0; i--) {
                    int type = open.get(i).type;
                    if (type == HITEM || type == HLIST) {
                        while (open.size() - 1 > (type == HITEM ? i - 1 : i)) {
                            closeBox();
                        }
                        break;
                    }
                }
                if (top().type != HLIST && room(2)) {
                    push(new Box(HLIST));
                }
                if (top().type == HLIST) {
                    pushItem(top());
                }
                break;
            case Html.BLOCKQUOTE:
                if (tag.closing) {
                    closeThrough(HQUOTE);
                } else if (room(1)) {
                    push(new Box(HQUOTE));
                }
                break;
            case Html.H:
                if (!tag.closing) {
                    openLeaf(HHEADING);
                    headingLevel = tag.level;
                }
                break;
            case Html.HR:
                if (!tag.closing) {
                    addBlock(Block.ThematicBreak.INSTANCE);
                }
                break;
            case Html.PRE:
                if (!tag.closing) {
                    int close = preClose.next(tag.end);
                    String code = Html.codeText(s.substring(tag.end, close < 0 ? s.length() : close));
                    if (code.startsWith("\n")) {
                        code = code.substring(1);
                    }
                    code = stripTrailingLineFeeds(code);
                    if (!code.isEmpty()) {
                        addBlock(new Block.CodeBlock(code));
                    }
                    return close < 0 ? s.length() + 1 : close + "</pre>".length();
                }
                break;
            default: // p, div: the paragraph ended above
                break;
        }
        return tag.end;
    }

    private void closeThrough(int type) {
        for (int i = open.size() - 1; i > 0; i--) {
            if (open.get(i).type == type) {
                while (open.size() > i) {
                    closeBox();
                }
                return;
            }
        }
    }

    // ---- containers

    private Box top() {
        return open.get(open.size() - 1);
    }

    /** Whether {@code count} more containers fit (an item implied by an HTML list does not count). */
    private boolean room(int count) {
        return open.size() - 1 + count <= MAX_BOXES;
    }

    /** Makes the top a container that can hold a block: ends a Markdown list, opens an item in an HTML list. */
    private void prepareTip() {
        while (top().type == LIST) {
            closeBox();
        }
        if (top().type == HLIST) {
            pushItem(top());
        }
        top().started = true;
    }

    private void push(Box box) {
        if (box.type != ITEM) {
            prepareTip();
        }
        top().started = true;
        open.add(box);
    }

    private void pushItem(Box list) {
        open.add(new Box(list.type == HLIST ? HITEM : ITEM));
    }

    private void closeUnmatched(int matched) {
        while (open.size() - 1 > matched) {
            closeBox();
        }
    }

    private void closeBox() {
        closeLeaf();
        Box b = open.remove(open.size() - 1);
        Box parent = top();
        switch (b.type) {
            case QUOTE:
            case HQUOTE:
                if (!b.blocks.isEmpty()) {
                    parent.blocks.add(new Block.Quote(b.blocks));
                }
                break;
            case ITEM:
            case HITEM:
                parent.items.add(new ListItem(b.blocks));
                if (b.type == HITEM) {
                    int paragraphs = 0;
                    for (Block block : b.blocks) {
                        paragraphs += block instanceof Block.Paragraph ? 1 : 0;
                    }
                    parent.loose |= paragraphs > 1;
                }
                break;
            default: // LIST, HLIST
                if (!b.items.isEmpty()) {
                    parent.blocks.add(b.ordered ? new Block.OrderedList(b.start, b.items, !b.loose)
                            : new Block.BulletList(b.items, !b.loose));
                }
        }
    }

    /**
     * A list is loose when a blank line separates its items or the blocks of one item: that is, when after a blank
     * line the deepest list open before it goes on.
     */
    private void updateTightness() {
        for (int i = open.size() - 1; i > 0; i--) {
            Box b = open.get(i);
            if (b.type == LIST && b.openedLine < line) {
                if (b.blankPending) {
                    b.loose = true;
                }
                break;
            }
        }
        for (Box b : open) {
            b.blankPending = false;
        }
    }

    // ---- leaves

    private void openLeaf(int kind) {
        prepareTip();
        leaf = kind;
        leafText.setLength(0);
        blankCodeLines = 0;
    }

    private void closeLeaf() {
        int kind = leaf;
        leaf = NONE;
        if (kind == NONE) {
            return;
        }
        String text = leafText.toString();
        leafText.setLength(0);
        blankCodeLines = 0;
        if (kind == PARA || kind == HHEADING) {
            List<Inline> inlines = InlineParser.parse(text, htmlish);
            if (!inlines.isEmpty()) {
                top().blocks.add(kind == PARA ? new Block.Paragraph(inlines)
                        : new Block.Heading(headingLevel, inlines));
            }
        } else {
            top().blocks.add(new Block.CodeBlock(stripTrailingLineFeeds(text)));
        }
    }

    private void addBlock(Block block) {
        prepareTip();
        top().blocks.add(block);
    }

    private void addHeading(int level, int from, int to) {
        int end = to;
        while (end > from && Html.isSpace(s.charAt(end - 1))) {
            end--;
        }
        int hashes = end;
        while (hashes > from && s.charAt(hashes - 1) == '#') {
            hashes--;
        }
        if (hashes == from || Html.isSpace(s.charAt(hashes - 1))) {
            end = hashes; // a closing sequence of #s
        }
        List<Inline> inlines = InlineParser.parse(s.substring(from, end).trim(), htmlish);
        if (!inlines.isEmpty()) {
            addBlock(new Block.Heading(level, inlines));
        }
    }

    private boolean openFence(int q, int end, int ind, int matched) {
        char c = s.charAt(q);
        if (c != '`' && c != '~') {
            return false;
        }
        int i = q;
        while (i < end && s.charAt(i) == c) {
            i++;
        }
        if (i - q < 3) {
            return false;
        }
        for (int k = i; c == '`' && k < end; k++) {
            if (s.charAt(k) == '`') {
                return false; // a backtick fence's info string has no backticks: this is inline code
            }
        }
        closeUnmatched(matched);
        closeLeaf();
        openLeaf(FENCE);
        fenceChar = c;
        fenceLength = i - q;
        fenceIndent = ind;
        return true;
    }

    private boolean closingFence(int p, int end) {
        int ind = indent(p, end);
        if (!htmlish && ind >= 4) {
            return false;
        }
        int i = p + ind;
        int start = i;
        while (i < end && s.charAt(i) == fenceChar) {
            i++;
        }
        return i - start >= fenceLength && isBlank(i, end);
    }

    // ---- line syntax

    /**
     * A list marker at {@code q}: {type (0 bullet, 1 ordered), start number, content indent relative to {@code p},
     * content start, marker character position}; null if none (or a thematic break).
     */
    private int[] listMarker(int p, int q, int end) {
        char c = s.charAt(q);
        int after;
        int number = 1;
        int type;
        int markerAt;
        if (c == '-' || c == '+' || c == '*') {
            if (thematicBreak(q, end)) {
                return null;
            }
            after = q + 1;
            type = 0;
            markerAt = q;
        } else if (Html.isDigit(c)) {
            int i = q;
            number = 0;
            while (i < end && Html.isDigit(s.charAt(i)) && i - q < 9) {
                number = number * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i >= end || s.charAt(i) != '.' && s.charAt(i) != ')') {
                return null;
            }
            after = i + 1;
            type = 1;
            markerAt = i;
        } else {
            return null;
        }
        if (after < end && s.charAt(after) != ' ') {
            return null;
        }
        int spaces = 0;
        while (after + spaces < end && s.charAt(after + spaces) == ' ') {
            spaces++;
        }
        int width = after - p;
        if (after + spaces >= end) {
            return new int[] {type, number, width + 1, end, markerAt};
        }
        if (spaces > 4) {
            return new int[] {type, number, width + 1, after + 1, markerAt};
        }
        return new int[] {type, number, width + spaces, after + spaces, markerAt};
    }

    private boolean thematicBreak(int q, int end) {
        char c = s.charAt(q);
        if (c != '-' && c != '*' && c != '_') {
            return false;
        }
        int count = 0;
        for (int i = q; i < end; i++) {
            char d = s.charAt(i);
            if (d == c) {
                count++;
            } else if (d != ' ' && d != '\t') {
                return false;
            }
        }
        return count >= 3;
    }

    private int atxLevel(int q, int end) {
        int i = q;
        while (i < end && s.charAt(i) == '#' && i - q < 7) {
            i++;
        }
        int level = i - q;
        return level >= 1 && level <= 6 && (i == end || s.charAt(i) == ' ' || s.charAt(i) == '\t') ? level : 0;
    }

    private int setextLevel(int q, int end) {
        char c = s.charAt(q);
        if (c != '=' && c != '-') {
            return 0;
        }
        int i = q;
        while (i < end && s.charAt(i) == c) {
            i++;
        }
        return isBlank(i, end) ? (c == '=' ? 1 : 2) : 0;
    }

    private int indent(int p, int end) {
        int i = p;
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        return i - p;
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String stripTrailingLineFeeds(String code) {
        int end = code.length();
        while (end > 0 && code.charAt(end - 1) == '\n') {
            end--;
        }
        return code.substring(0, end);
    }
}
