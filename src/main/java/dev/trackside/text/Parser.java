package dev.trackside.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Markdown and allowlisted HTML to {@link Node}s in one left-to-right pass, written for a small browser build (every
 * branch here is bytes in trackside.wasm: docs/markup.md has the measured cost).
 *
 * <p>Like an HTML parser it keeps a stack of open elements ({@link Frame}s): the document, lists, list items,
 * paragraphs and inline elements. At each line start the Markdown block syntax (blank lines, list markers and their
 * indentation, {@code #} headings, code fences) opens and closes frames; inside a line, block tags do the same and
 * inline tags open and close inline frames. A run of {@code *} or {@code _} is a tag too: it closes the innermost
 * emphasis frame opened by the same character (one for {@code *}, two for {@code **}), and what it cannot close it
 * opens; emphasis never closed becomes its delimiters and its content again. A {@code [} is a mark in the innermost
 * frame that a later {@code ](url)} turns into a link. When a frame closes, its text is merged and scanned for bare
 * URLs.
 *
 * <p>Linear time: no regular expressions, no backtracking; every look-ahead either consumes what it scans or is
 * remembered as failed (backtick runs, {@code </pre>}, {@code </code>}). Nesting is bounded ({@link #MAX_ITEMS} list
 * items, {@link #MAX_INLINE} inline levels), so recursion over the result is safe. ASCII-only character classes
 * (Character's Unicode tables cost kilobytes in the browser).
 */
final class Parser {
    /** Open list items at most; deeper markers and tags are text or ignored. */
    static final int MAX_ITEMS = 12;
    /** Inline nodes are at most this deep; deeper emphasis stays text, deeper tags are ignored. */
    static final int MAX_INLINE = 24;
    private static final int MAX_SCAN = 2048;
    /** Open brackets per element at most; more are text. */
    private static final int MAX_MARKS = 32;

    // Node types used only while parsing.
    private static final int MARK = 11; // a "[" that may start a link
    private static final int DOC = 12;

    // Tag ids: the letter after the name in TAGS, minus 'A'.
    private static final int T_UL = 2;
    private static final int T_OL = 3;
    private static final int T_LI = 4;
    private static final int T_H = 5;
    private static final int T_PRE = 6;
    private static final int T_EM = 7;
    private static final int T_STRONG = 8;
    private static final int T_A = 9;
    private static final int T_CODE = 10;
    private static final int T_BR = 11;
    private static final String TAGS = " p:B div:B blockquote:B hr:B ul:C ol:D li:E h1:F h2:F h3:F h4:F h5:F h6:F"
            + " pre:G em:H i:H strong:I b:I a:J code:K br:L span:M small:M big:M u:M font:M abbr:M cite:M mark:M ";
    /** Attributes read past and ignored; any other (event handlers, src, ...) makes the whole tag literal text. */
    private static final String ATTRS = " class id style title lang dir align role href target rel name start type"
            + " value color face size xml:lang ";
    /** Named character references: each name after a ';' and followed by its character (never a letter or digit). */
    private static final String ENTITIES = ";amp&;lt<;gt>;quot\";apos';nbsp\u00a0;shy\u00ad;ndash\u2013;mdash\u2014"
            + ";hellip\u2026;lsquo\u2018;rsquo\u2019;ldquo\u201c;rdquo\u201d;bdquo\u201e;bull\u2022;middot\u00b7"
            + ";euro\u20ac;copy\u00a9;auml\u00e4;ouml\u00f6;uuml\u00fc;Auml\u00c4;Ouml\u00d6;Uuml\u00dc;szlig\u00df"
            + ";eacute\u00e9";

    /** An open element. */
    private static final class Frame {
        final int type; // a Node type or DOC
        Node[] kids = new Node[8];
        int size;
        final int[] marks = new int[MAX_MARKS]; // indexes of the open MARKs in kids
        int markCount;
        int indent; // a Markdown list item: the column its content starts at
        char marker; // a Markdown list: its marker character
        char delim; // emphasis opened by a run of * or _: the character; start is the run's length
        boolean matched; // such emphasis was closed by a matching run
        int start;
        String url;

        Frame(int type) {
            this.type = type;
        }

        void add(Node node) {
            if (size == kids.length) {
                kids = Arrays.copyOf(kids, size * 2);
            }
            kids[size++] = node;
        }
    }

    private final String s;
    private final int n;
    private boolean htmlish;
    /** The open elements, the document first; list items and inline elements are capped, so this is enough. */
    private final Frame[] open = new Frame[MAX_ITEMS * 2 + MAX_INLINE + 8];
    private int depth;
    private int items; // open list items
    private final StringBuilder pending = new StringBuilder();
    private boolean heading;
    // look-aheads remembered as failed
    private final int[] noTicks = new int[33];
    private final int[] noClose = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    // the tag last read by tag()
    private int tagId;
    private int tagEnd;
    private boolean tagClosing;
    private String tagHref;
    // the list marker last read by marker()
    private char markChar;
    private int markStart;
    // the destination last read by linkTail()
    private String dest;

    private Parser(String s) {
        this.s = s;
        this.n = s.length();
        push(DOC);
    }

    /**
     * The blocks of a normalised text (line feeds only, blank lines empty, leading tabs expanded). Once an
     * allowlisted block tag has been read, a line end inside a paragraph is a space, as in HTML; before, it stays a
     * line feed (which a renderer shows as a space, or keeps with {@code white-space: pre-line}).
     */
    static List<Node> parse(String s) {
        Parser p = new Parser(s);
        int i = p.line(0);
        while (i < p.n) {
            i = p.at(i) == '\n' ? p.line(p.endLine(i)) : p.step(i);
        }
        p.flush();
        p.closeTo(1);
        Frame doc = p.open[0];
        return clean(doc.kids, 0, doc.size, true, false);
    }

    /** The character at {@code i}, or 0 past the end. */
    private char at(int i) {
        return i < n ? s.charAt(i) : 0;
    }

    private void put(int from, int to) {
        pending.append(s.substring(from, to));
    }

    /** The end of the line at {@code i}. */
    private int eol(int i) {
        int e = s.indexOf('\n', i);
        return e < 0 ? n : e;
    }

    /** The first position from {@code i} that is not {@code c}. */
    private int skip(int i, char c) {
        while (at(i) == c && i < n) {
            i++;
        }
        return i;
    }

    // ---- frames

    private Frame top() {
        return open[depth - 1];
    }

    private Frame push(int type) {
        items += type == Node.LIST_ITEM ? 1 : 0;
        return open[depth++] = new Frame(type);
    }

    private static boolean inline(int type) {
        return type >= Node.EMPHASIS && type != Node.CODE && type <= Node.LINK;
    }

    private static boolean list(int type) {
        return type == Node.BULLET_LIST || type == Node.ORDERED_LIST;
    }

    /**
     * The innermost open frame of {@code type} (any list for {@link Node#BULLET_LIST}), looking only through inline
     * frames unless {@code deep}; or -1.
     */
    private int find(int type, boolean deep) {
        for (int k = depth - 1; k > 0; k--) {
            int t = open[k].type;
            if (t == type || type == Node.BULLET_LIST && list(t)) {
                return k;
            }
            if (!deep && !inline(t)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean inLink() {
        return find(Node.LINK, true) > 0;
    }

    /** Whether another list fits: open list items are capped. */
    private boolean room() {
        return items < MAX_ITEMS;
    }

    /** The frame that takes inline content: the open paragraph or inline element, else a new paragraph. */
    private Frame para() {
        Frame top = top();
        if (top.type == Node.PARAGRAPH || inline(top.type)) {
            return top;
        }
        if (list(top.type)) {
            push(Node.LIST_ITEM);
        }
        return push(Node.PARAGRAPH);
    }

    /** The frame that takes a block: the paragraph is closed, a bare list gets an item. */
    private Frame container() {
        closePara();
        return list(top().type) ? push(Node.LIST_ITEM) : top();
    }

    private void flush() {
        if (pending.length() > 0) {
            String text = pending.toString();
            pending.setLength(0);
            if (find(Node.PARAGRAPH, false) > 0 || !blank(text)) {
                para().add(new Node(Node.TEXT, text, null, 0));
            }
        }
    }

    private void add(int type, String text, int start) {
        flush();
        para().add(new Node(type, text, null, start));
    }

    private void closePara() {
        flush();
        int k = find(Node.PARAGRAPH, false);
        if (k > 0) {
            closeTo(k);
        }
    }

    private void closeTo(int k) {
        while (depth > k) {
            flush();
            Frame f = open[--depth];
            Frame into = top();
            int t = f.type;
            items -= t == Node.LIST_ITEM ? 1 : 0;
            boolean link = t == Node.LINK;
            if (f.delim != 0 && !f.matched) {
                for (int r = f.start; r > 0; r--) {
                    pending.append(f.delim); // unmatched emphasis: its delimiters and content, as they were
                }
                flush();
                for (int r = 0; r < f.size; r++) {
                    into.add(f.kids[r]);
                }
            } else if (inline(t) || t == Node.PARAGRAPH) {
                List<Node> kids = clean(f.kids, 0, f.size, link || inLink(), t == Node.PARAGRAPH);
                if (link && kids.isEmpty()) {
                    kids.add(new Node(Node.TEXT, f.url, null, 0));
                }
                Node node = wrap(t, f.url, kids);
                for (int i = 0; node == null && i < kids.size(); i++) {
                    into.add(kids.get(i)); // too deep: the content without the element
                }
                if (node != null) {
                    into.add(node);
                }
            } else if (t == Node.LIST_ITEM || f.size > 0) {
                into.add(new Node(t, null, clean(f.kids, 0, f.size, true, false), f.start));
            }
        }
    }

    // ---- lines

    /** Block syntax at the start of a line; returns where the line's inline content starts. */
    private int line(int i) {
        while (i < n) {
            int eol = eol(i);
            int q = skip(i, ' ');
            if (q == eol) {
                closePara();
                i = eol + 1;
                continue;
            }
            int content = marker(q, eol);
            boolean para = find(Node.PARAGRAPH, false) > 0;
            boolean ordered = markChar == '.' || markChar == ')';
            if (para && mdItem() < 0 && (content == eol || ordered && markStart != 1)) {
                content = -1; // may not interrupt a paragraph outside lists
            }
            // close the Markdown list items this line does not continue (unless it continues their paragraph)
            for (int k = mdItem(); k > 0 && q - i < open[k].indent && (content >= 0 || !para); k = mdItem()) {
                closeTo(k);
                para = false;
            }
            if (list(top().type) && top().marker != 0 && (content < 0 || top().marker != markChar)) {
                closeTo(depth - 1);
            }
            if (content >= 0 && room()) {
                if (top().marker != markChar) {
                    container();
                    Frame list = push(ordered ? Node.ORDERED_LIST : Node.BULLET_LIST);
                    list.marker = markChar;
                    list.start = markStart;
                }
                push(Node.LIST_ITEM).indent = content - i;
                q = content;
            }
            char c = at(q);
            int r = skip(q, c);
            if ((c == '`' || c == '~') && r - q > 2 && (c == '~' || s.lastIndexOf('`', eol - 1) < r)) {
                i = fence(c, r - q, q - i, eol);
                continue;
            }
            if (c == '#' && r - q < 7 && (r == eol || at(r) == ' ')) {
                closePara();
                para();
                push(Node.STRONG);
                heading = true;
                q = skip(r, ' ');
            }
            return q;
        }
        return n;
    }

    private int mdItem() {
        for (int k = depth - 1; k > 0; k--) {
            if (open[k].indent > 0) {
                return k;
            }
        }
        return -1;
    }

    /** A list marker at {@code q}: returns where the item's content starts (eol when empty), or -1. */
    private int marker(int q, int eol) {
        char c = at(q);
        int j = q;
        int number = 0;
        if (c == '-' || c == '+' || c == '*') {
            j++;
        } else {
            while (digit(at(j)) && j - q < 9) {
                number = number * 10 + at(j++) - '0';
            }
            c = at(j++);
            if (j == q + 1 || c != '.' && c != ')') {
                return -1;
            }
        }
        if (j < eol && at(j) != ' ' && at(j) != '\t') {
            return -1;
        }
        markChar = c;
        markStart = number;
        int k = j;
        while (k < eol && at(k) <= ' ') {
            k++; // spaces or a tab
        }
        return k >= eol ? eol : k - j > 4 ? j + 1 : k;
    }

    /** A fenced code block; returns the start of the line after its closing fence. */
    private int fence(char c, int length, int indent, int eol) {
        Frame box = container();
        StringBuilder code = new StringBuilder();
        int i = eol + 1;
        while (i < n) {
            int e = eol(i);
            int q = skip(i, ' ');
            int r = skip(q, c);
            int from = i + Math.min(q - i, indent);
            i = e + 1;
            if (r - q >= length && skip(r, ' ') == e) {
                break;
            }
            code.append(s.substring(from, e)).append('\n');
        }
        box.add(new Node(Node.CODE_BLOCK, trimEnd(code.toString()), null, 0));
        return i;
    }

    /** The line feed at {@code i}: a hard break after two spaces, else a soft break; returns {@code i + 1}. */
    private int endLine(int i) {
        int length = pending.length();
        int end = length;
        while (end > 0 && pending.charAt(end - 1) == ' ') {
            end--;
        }
        pending.setLength(end);
        if (heading) {
            heading = false;
            closePara();
        } else if (length - end > 1) {
            add(Node.LINE_BREAK, null, 0);
        } else {
            pending.append(htmlish ? ' ' : '\n');
        }
        flush();
        return i + 1;
    }

    // ---- inline tokens

    /** Reads the token at {@code i} (never a line feed); returns the position after it. */
    private int step(int i) {
        char c = at(i);
        char next = at(i + 1);
        int j = i + 1;
        switch (c) {
            case '\\':
                if (next == '\n') {
                    add(Node.LINE_BREAK, null, 0);
                    return j;
                }
                if (punct(next)) {
                    c = next;
                    j++;
                }
                break;
            case '`':
                return code(i);
            case '*':
            case '_':
                j = skip(i, c);
                char before = i > 0 ? at(i - 1) : ' ';
                next = at(j);
                int count = j - i;
                // a run closes the innermost emphasis it matches, then opens emphasis with what is left
                while (count > 0 && !white(before) && (c == '*' || !word(next))) {
                    int k = depth - 1;
                    while (open[k].delim != 0 && open[k].delim != c) {
                        k--;
                    }
                    if (open[k].delim != c || open[k].start > count) {
                        break;
                    }
                    count -= open[k].start;
                    open[k].matched = true;
                    closeTo(k);
                }
                for (; count > 3 || count > 0 && (white(next) || c == '_' && word(before)
                        || depth > MAX_INLINE + MAX_ITEMS); count--) {
                    pending.append(c);
                }
                if (count > 0) {
                    flush();
                    para();
                    if (count != 2) {
                        emphasis(Node.EMPHASIS, c, 1);
                    }
                    if (count > 1) {
                        emphasis(Node.STRONG, c, 2);
                    }
                }
                return j;
            case '[':
                return mark("[", j);
            case ']':
                return closeBracket(i);
            case '<':
                return angle(i);
            case '&':
                int end = entity(s, i, pending);
                if (end > 0) {
                    return end;
                }
                break;
            default:
                while (j < n && "\\`*_[]<&\n".indexOf(at(j)) < 0) {
                    j++;
                }
                put(i, j);
                return j;
        }
        pending.append(c);
        return j;
    }

    private void emphasis(int type, char c, int length) {
        Frame f = push(type);
        f.delim = c;
        f.start = length;
    }

    private int code(int i) {
        int j = skip(i, '`');
        int close = ticks(j, j - i);
        if (close < 0) {
            put(i, j);
            return j;
        }
        String code = s.substring(j, close);
        int last = code.length() - 1;
        if (last > 1 && code.charAt(0) == ' ' && code.charAt(last) == ' ' && !blank(code)) {
            code = code.substring(1, last);
        }
        add(Node.CODE, code, 0);
        return close + j - i;
    }

    /** The next run of exactly {@code length} backticks on this line, or -1. */
    private int ticks(int from, int length) {
        int end = eol(from);
        if (length > 32 || end <= noTicks[length]) {
            return -1;
        }
        for (int k = from; k < end; k++) {
            int e = skip(k, '`');
            if (e - k == length) {
                return k;
            }
            k = Math.max(k, e - 1);
        }
        noTicks[length] = end;
        return -1;
    }

    private int mark(String mark, int next) {
        add(MARK, mark, 0);
        Frame top = top();
        if (top.markCount < MAX_MARKS) {
            top.marks[top.markCount++] = top.size - 1;
        }
        return next;
    }

    /** {@code ]}: a link if an open bracket, a destination and no link inside make one; else text. */
    private int closeBracket(int i) {
        flush();
        int k = depth - 1;
        while (open[k].markCount == 0 && open[k].delim != 0) {
            k--; // the bracket may be outside emphasis that opened after it
        }
        Frame top = open[k];
        String url = top.markCount > 0 && linkTail(i + 1) > 0 ? Urls.safe(dest) : null;
        if (top.markCount > 0) {
            int at = top.marks[--top.markCount]; // used up either way
            if (url != null) {
                closeTo(k + 1); // emphasis left open in the label is text
                boolean linked = inLink();
                for (int m = at + 1; m < top.size; m++) {
                    linked |= top.kids[m].hasLink;
                }
                List<Node> label = clean(top.kids, at + 1, top.size, true, false);
                if (label.isEmpty()) {
                    label.add(new Node(Node.TEXT, url, null, 0));
                }
                Node link = linked ? null : wrap(Node.LINK, url, label);
                if (link != null) {
                    top.size = at;
                    top.add(link);
                    return linkTail(i + 1);
                }
            }
        }
        pending.append(']'); // the brackets and any target stay text
        return i + 1;
    }

    /**
     * After {@code ]}: {@code (destination)}, the destination without spaces and with balanced parentheses (no
     * titles, no {@code <...>}); sets {@link #dest} with escapes and references decoded, returns the end or -1.
     */
    private int linkTail(int p) {
        if (at(p) != '(') {
            return -1;
        }
        int i = skip(p + 1, ' ');
        StringBuilder d = new StringBuilder();
        for (int parens = 0; ; ) {
            char c = at(i);
            parens += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c <= ' ' || parens < 0) {
                break;
            }
            if (i - p > MAX_SCAN || parens > 32) {
                return -1;
            }
            int e = c == '&' ? entity(s, i, d) : -1;
            if (c == '\\' && punct(at(i + 1))) {
                d.append(at(i + 1));
                i += 2;
            } else if (e < 0) {
                d.append(c);
                i++;
            } else {
                i = e;
            }
        }
        i = skip(i, ' ');
        if (at(i) != ')') {
            return -1;
        }
        dest = d.toString();
        return i + 1;
    }

    /** {@code <}: an allowlisted tag, or text. */
    private int angle(int i) {
        if (tag(i)) {
            return onTag(i);
        }
        pending.append('<');
        return i + 1;
    }

    private int onTag(int i) {
        int id = tagId;
        int end = tagEnd;
        boolean closing = tagClosing;
        int close;
        if (id <= T_PRE) {
            closePara();
            htmlish = true;
        }
        switch (id) {
            case T_UL:
            case T_OL:
                close = find(Node.BULLET_LIST, true);
                if (closing && close > 0) {
                    closeTo(close);
                } else if (!closing && room()) {
                    container();
                    push(id == T_UL ? Node.BULLET_LIST : Node.ORDERED_LIST).start = 1;
                }
                break;
            case T_LI:
                close = find(Node.LIST_ITEM, true);
                if (close > 0 && (closing || close > find(Node.BULLET_LIST, true))) {
                    closeTo(close); // ends the item before
                }
                if (!closing && room()) {
                    if (!list(top().type)) {
                        push(Node.BULLET_LIST);
                    }
                    push(Node.LIST_ITEM);
                }
                break;
            case T_H:
                if (!closing) {
                    para();
                    push(Node.STRONG);
                }
                break;
            case T_PRE:
            case T_CODE:
                close = closing ? -1 : id == T_PRE ? close("</pre>", end, 0) : close("</code>", end, 1);
                if (close >= 0 || id == T_PRE && !closing) {
                    String code = codeText(end + (at(end) == '\n' ? 1 : 0), close < 0 ? n : close);
                    if (id == T_CODE) {
                        add(Node.CODE, code, 0);
                        return close + 7;
                    }
                    code = trimEnd(code);
                    if (!code.isEmpty()) {
                        container().add(new Node(Node.CODE_BLOCK, code, null, 0));
                    }
                    return close < 0 ? n : close + 6;
                }
                break;
            case T_BR:
                add(Node.LINE_BREAK, null, 0);
                break;
            case T_EM:
            case T_STRONG:
            case T_A:
                int type = id == T_A ? Node.LINK : id - 1; // EMPHASIS and STRONG follow their tag ids
                close = depth - 1; // the element a closing tag closes: one a tag opened, not * or _
                while (inline(open[close].type) && (open[close].type != type || open[close].delim != 0)) {
                    close--;
                }
                close = closing && open[close].type == type ? close : -1;
                if (close > 0) {
                    closeTo(close);
                } else if (type == Node.LINK && (closing || inLink())) {
                    put(i, end); // a stray </a> or a link inside a link stays visible
                } else if (!closing && depth < MAX_INLINE + MAX_ITEMS) {
                    flush();
                    para();
                    push(type).url = tagHref;
                }
                break;
            default: // p, div, blockquote, hr: the paragraph ended above; span, font, ...: dropped
        }
        return end;
    }

    /** Where {@code lowerNeedle} next occurs (ASCII case-insensitive) from {@code from}, remembering failures. */
    private int close(String lowerNeedle, int from, int memo) {
        for (int i = from; from < noClose[memo] && i < n; i++) {
            if (prefix(s, i, lowerNeedle)) {
                return i;
            }
        }
        noClose[memo] = from;
        return -1;
    }

    /** Text of an HTML code or pre element: references decoded, inline tags dropped ({@code <br>} a line feed). */
    private String codeText(int i, int to) {
        StringBuilder sb = new StringBuilder();
        while (i < to) {
            char c = at(i);
            int end = c == '&' ? entity(s, i, sb) : -1;
            if (c == '<' && tag(i) && tagId > T_PRE && tagEnd <= to) {
                if (tagId == T_BR) {
                    sb.append('\n');
                }
                end = tagEnd;
            }
            if (end < 0) {
                sb.append(c);
                i++;
            } else {
                i = end;
            }
        }
        return sb.toString();
    }

    /**
     * Reads an allowlisted tag at {@code s[p] == '<'} into the tag fields, or returns false: an unknown name, an
     * attribute off the allowlist, a malformed or over-long tag, or an {@code <a>} without a safe href stay text.
     */
    private boolean tag(int p) {
        int limit = Math.min(n, p + MAX_SCAN);
        tagClosing = at(p + 1) == '/';
        int i = p + (tagClosing ? 2 : 1);
        String name = name(i);
        i += name.length();
        int at = TAGS.indexOf(" " + name + ":");
        if (at < 0) {
            return false;
        }
        tagId = TAGS.charAt(at + name.length() + 2) - 'A';
        tagHref = null;
        while (true) {
            int j = space(i);
            char c = at(j);
            if (c == '>' || c == '/' && at(j + 1) == '>') {
                tagEnd = j + (c == '>' ? 1 : 2);
                return tagEnd <= limit && (tagId != T_A || tagClosing || tagHref != null);
            }
            String attr = name(j);
            if (tagClosing || j == i) {
                return false;
            }
            i = j + attr.length();
            String value = null;
            j = space(i);
            if (at(j) == '=') {
                j = space(j + 1);
                char q = at(j);
                if (q == '"' || q == '\'') {
                    i = s.indexOf(q, j + 1);
                    if (i < 0 || i > limit) {
                        return false;
                    }
                    value = s.substring(j + 1, i++);
                } else {
                    for (i = j; at(i) > ' ' && "\"'=<>`".indexOf(at(i)) < 0; i++) {
                        // an unquoted value
                    }
                    value = s.substring(j, i);
                }
            }
            if (!prefix(attr, 0, "data-") && !prefix(attr, 0, "aria-") && ATTRS.indexOf(" " + attr + " ") < 0
                    || i > limit) {
                return false;
            }
            if (attr.equals("href")) {
                tagHref = value == null ? null : Urls.safe(decode(value));
            }
        }
    }

    /** The lower-cased tag or attribute name at {@code i} (letters, digits, {@code - _ : .}), maybe empty. */
    private String name(int i) {
        StringBuilder sb = new StringBuilder();
        for (char c = at(i); alpha(c) || digit(c) || "-_:.".indexOf(c) >= 0 && c != 0; c = at(++i)) {
            sb.append(lower(c));
        }
        return sb.toString();
    }

    private int space(int i) {
        while (at(i) <= ' ' && i < n) {
            i++;
        }
        return i;
    }

    // ---- emphasis, text and bare URLs

    /** An inline node of {@code kids}, or null if there are none or it would nest too deep. */
    private static Node wrap(int type, String url, List<Node> kids) {
        int depth = 0;
        for (int i = 0; i < kids.size(); i++) {
            depth = Math.max(depth, kids.get(i).depth);
        }
        return depth == 0 || depth >= (type == Node.PARAGRAPH ? Markup.MAX_DEPTH : MAX_INLINE) ? null
                : new Node(type, url, kids, 0);
    }

    /**
     * Adjacent text (and unmatched delimiters and brackets) merged into one node, white space next to line breaks
     * dropped, bare URLs linked unless {@code inLink}. With {@code edges} (a paragraph), also white space and line
     * breaks at the start and the end.
     */
    private static List<Node> clean(Node[] nodes, int from, int to, boolean inLink, boolean edges) {
        ArrayList<Node> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int content = 0; // out's size without trailing line breaks
        for (int i = from; i < to; i++) {
            Node node = nodes[i];
            int t = node.type();
            if (t >= MARK || t == Node.TEXT) {
                sb.append(node.text());
                continue;
            }
            boolean br = t == Node.LINE_BREAK;
            content = text(out, sb, inLink, edges, br, content);
            if (!br || !edges || content > 0) {
                out.add(node);
                content = br ? content : out.size();
            }
        }
        content = text(out, sb, inLink, edges, edges, content);
        if (!edges || content == out.size()) {
            return out;
        }
        ArrayList<Node> trimmed = new ArrayList<>();
        for (int i = 0; i < content; i++) {
            trimmed.add(out.get(i));
        }
        return trimmed;
    }

    private static int text(List<Node> out, StringBuilder sb, boolean inLink, boolean edges, boolean trimEnd,
            int content) {
        int from = 0;
        int to = sb.length();
        if (out.isEmpty() ? edges : out.get(out.size() - 1).type() == Node.LINE_BREAK) {
            while (from < to && white(sb.charAt(from))) {
                from++;
            }
        }
        while (trimEnd && to > from && white(sb.charAt(to - 1))) {
            to--;
        }
        String t = sb.substring(from, to);
        sb.setLength(0);
        int last = 0;
        for (int i = 0; !inLink && i < t.length(); i++) {
            int end = urlEnd(t, i);
            if (end > i) {
                if (i > last) {
                    out.add(new Node(Node.TEXT, t.substring(last, i), null, 0));
                }
                List<Node> label = new ArrayList<>();
                label.add(new Node(Node.TEXT, t.substring(i, end), null, 0));
                out.add(new Node(Node.LINK, t.substring(i, end), label, 0));
                last = end;
                i = end - 1;
            }
        }
        if (last < t.length()) {
            out.add(new Node(Node.TEXT, t.substring(last), null, 0));
        }
        return t.isEmpty() ? content : out.size();
    }

    /**
     * The end of a bare http(s) URL at {@code start}, or {@code start}: it runs to white space or one of
     * {@code < > " `}; trailing sentence punctuation and unbalanced closing brackets are left out, as GitHub does.
     */
    private static int urlEnd(String t, int start) {
        int host = start + (prefix(t, start, "https://") ? 8 : prefix(t, start, "http://") ? 7 : 0);
        int length = t.length();
        if (host == start || host == length || !alpha(t.charAt(host)) && !digit(t.charAt(host))
                || start > 0 && word(t.charAt(start - 1))) {
            return start;
        }
        int end = host;
        int parens = 0;
        for (char c; end < length && !white(c = t.charAt(end)) && "<>\"`\u007f".indexOf(c) < 0; end++) {
            parens += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
        }
        while (true) {
            char c = t.charAt(end - 1);
            boolean bracket = c == ')' || c == ']';
            if (".,:;!?'*_~".indexOf(c) < 0 && (!bracket || parens >= 0)) {
                return Urls.safe(t.substring(start, end)) == null ? start : end;
            }
            parens += bracket ? 1 : 0;
            end--;
        }
    }

    static boolean prefix(String t, int at, String lowerPrefix) {
        int length = lowerPrefix.length();
        for (int i = 0; i < length; i++) {
            if (at + i >= t.length() || lower(t.charAt(at + i)) != lowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---- character references

    /**
     * Decodes the character reference at {@code s[p] == '&'} into {@code out}; returns the index after its
     * {@code ;}, or -1 (nothing appended) when there is none we know.
     */
    static int entity(String s, int p, StringBuilder out) {
        int end = p + 1;
        while (end < s.length() && end - p < 10 && s.charAt(end) != ';') {
            end++;
        }
        if (end == s.length() || end - p < 3 || s.charAt(end) != ';') {
            return -1;
        }
        String name = s.substring(p + 1, end);
        int code = 0;
        if (name.charAt(0) == '#') {
            int radix = lower(name.charAt(1)) == 'x' ? 16 : 10;
            int i = radix / 16 + 1;
            if (i == name.length()) {
                return -1;
            }
            for (; i < name.length(); i++) {
                char c = lower(name.charAt(i));
                int d = digit(c) ? c - '0' : radix == 16 && (char) (c - 'a') < 6 ? c - 'a' + 10 : -1;
                if (d < 0) {
                    return -1;
                }
                code = code > 0x10FFFF ? code : code * radix + d;
            }
            code = code == 0 || code > 0x10FFFF || code >> 11 == 0x1B ? 0xFFFD : code;
        } else {
            int at = ENTITIES.indexOf(";" + name) + name.length() + 1;
            if (at == name.length() || alpha(ENTITIES.charAt(at))) {
                return -1;
            }
            code = ENTITIES.charAt(at);
        }
        if (code >= 0x10000) {
            out.append((char) (0xD7C0 + (code >> 10))).append((char) (0xDC00 + (code & 0x3FF)));
        } else {
            out.append((char) code);
        }
        return end + 1;
    }

    /** Every character reference in {@code s} decoded; unknown ones stay as written. */
    static String decode(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int end = s.charAt(i) == '&' ? entity(s, i, sb) : -1;
            if (end < 0) {
                sb.append(s.charAt(i++));
            } else {
                i = end;
            }
        }
        return sb.toString();
    }

    // ---- ASCII character classes and small helpers

    static boolean alpha(char c) {
        return (char) (lower(c) - 'a') < 26;
    }

    static boolean digit(char c) {
        return (char) (c - '0') < 10;
    }

    static char lower(char c) {
        return (char) (c - 'A') < 26 ? (char) (c + 32) : c;
    }

    /** Letters and digits, counting every non-ASCII character that is not white space as a letter. */
    private static boolean word(char c) {
        return alpha(c) || digit(c) || c > 0x7f && !white(c);
    }

    /** Space, controls and the no-break space. */
    static boolean white(char c) {
        return c <= ' ' || c == '\u00a0';
    }

    private static boolean punct(char c) {
        return c > ' ' && c < 0x7f && !alpha(c) && !digit(c);
    }

    private static boolean blank(String text) {
        return text.trim().isEmpty();
    }

    private static String trimEnd(String code) {
        int end = code.length();
        while (end > 0 && code.charAt(end - 1) == '\n') {
            end--;
        }
        return code.substring(0, end);
    }
}
