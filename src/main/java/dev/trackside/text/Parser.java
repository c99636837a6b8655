package dev.trackside.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown and allowlisted HTML to {@link Node}s in one left-to-right pass, written for a small browser build.
 *
 * <p>Like an HTML parser it keeps a stack of open elements ({@link Frame}s): the document, lists, list items,
 * paragraphs and the inline elements opened by HTML tags. At each line start the Markdown block syntax (blank lines,
 * list markers and their indentation, {@code #} headings, code fences) opens and closes frames; inside a line, block
 * tags do the same, inline tags open and close inline frames, and everything else becomes text, delimiter runs
 * ({@code * _}) and bracket marks in the innermost frame. When a frame closes, its delimiter runs are matched into
 * emphasis and its text is merged and scanned for bare URLs.
 *
 * <p>Linear time: no regular expressions, no backtracking; every look-ahead either consumes what it scans or is
 * remembered as failed (backtick runs, {@code </pre>}, {@code </code>}); emphasis and brackets use stacks. Nesting is
 * bounded ({@link #MAX_ITEMS} list items, {@link #MAX_INLINE} inline levels), so recursion over the result is safe.
 * ASCII-only character classes (Character's Unicode tables cost kilobytes in the browser).
 */
final class Parser {
    /** Open list items at most; deeper markers and tags are text or ignored. */
    static final int MAX_ITEMS = 12;
    /** Inline nodes are at most this deep; deeper emphasis stays text, deeper tags are ignored. */
    static final int MAX_INLINE = 24;
    private static final int MAX_SCAN = 2048;

    // Node types used only while parsing.
    private static final int DELIM = 11; // a run of * or _: start = count | OPEN | CLOSE
    private static final int MARK = 12; // "[" or "![" that may start a link
    private static final int DOC = 13;
    private static final int OPEN = 1 << 24;
    private static final int CLOSE = 1 << 25;
    private static final int COUNT = OPEN - 1;

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
        int[] marks = new int[8]; // indexes of the open MARKs in kids
        int markCount;
        int indent; // a Markdown list item: the column its content starts at
        char marker; // a Markdown list: its marker character
        int start;
        String url;

        Frame(int type) {
            this.type = type;
        }

        void add(Node node) {
            if (size == kids.length) {
                Node[] grown = new Node[size * 2];
                System.arraycopy(kids, 0, grown, 0, size);
                kids = grown;
            }
            kids[size++] = node;
        }
    }

    private final String s;
    private final int n;
    private final boolean htmlish;
    private final ArrayList<Frame> open = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private boolean heading;
    // look-aheads remembered as failed
    private final int[] noTicks = new int[33];
    private final int[] noClose = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    private int paraEnd = -1;
    // the tag last read by tag()
    private int tagId;
    private int tagEnd;
    private boolean tagClosing;
    private String tagHref;
    private int tagStart;
    // the list marker last read by marker()
    private char markChar;
    private int markStart;
    // the destination last read by linkTail()
    private String dest;

    private Parser(String s) {
        this.s = s;
        this.n = s.length();
        boolean html = false;
        for (int i = s.indexOf('<'); i >= 0 && !html; i = s.indexOf('<', i + 1)) {
            html = tag(i) && tagId <= T_PRE;
        }
        this.htmlish = html;
        open.add(new Frame(DOC));
    }

    /**
     * The blocks of a normalised text (line feeds only, blank lines empty, leading tabs expanded). In a text with an
     * allowlisted block tag a line end inside a paragraph is a space, as in HTML; otherwise it stays a line feed.
     */
    static List<Node> parse(String s) {
        Parser p = new Parser(s);
        int i = p.line(0);
        while (i < p.n) {
            i = p.at(i) == '\n' ? p.line(p.endLine(i)) : p.step(i);
        }
        p.flush();
        p.closeTo(1);
        Frame doc = p.open.get(0);
        return clean(doc.kids, 0, doc.size, true, false);
    }

    /** The character at {@code i}, or 0 past the end. */
    private char at(int i) {
        return i < n ? s.charAt(i) : 0;
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
        return open.get(open.size() - 1);
    }

    private Frame push(int type) {
        Frame frame = new Frame(type);
        open.add(frame);
        return frame;
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
        for (int k = open.size() - 1; k > 0; k--) {
            int t = open.get(k).type;
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
        int count = 0;
        for (Frame f : open) {
            count += f.type == Node.LIST_ITEM ? 1 : 0;
        }
        return count < MAX_ITEMS;
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
        while (open.size() > k) {
            flush();
            Frame f = open.remove(open.size() - 1);
            Frame into = top();
            int t = f.type;
            boolean link = t == Node.LINK;
            if (inline(t) || t == Node.PARAGRAPH) {
                List<Node> kids = process(f.kids, 0, f.size, link || inLink(), t == Node.PARAGRAPH);
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
            int item = mdItem();
            if (para && (content == eol || ordered && markStart != 1)
                    && (item < 0 || q - i >= open.get(item).indent)) {
                content = -1; // may not interrupt a paragraph in the same container
            }
            // close the Markdown list items this line does not continue (unless it continues their paragraph)
            for (int k = mdItem(); k > 0 && q - i < open.get(k).indent && (content >= 0 || !para); k = mdItem()) {
                closeTo(k);
                para = false;
            }
            if (top().marker != 0 && (content < 0 || top().marker != markChar)) {
                closeTo(open.size() - 1);
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
        for (int k = open.size() - 1; k > 0; k--) {
            if (open.get(k).indent > 0) {
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
        if (j < eol && at(j) != ' ') {
            return -1;
        }
        markChar = c;
        markStart = number;
        int k = skip(j, ' ');
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
            code.append(s, from, e).append('\n');
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
                boolean opens = !white(next) && (c == '*' || !word(before));
                boolean closes = !white(before) && (c == '*' || !word(next));
                if (opens || closes) {
                    add(DELIM, c == '*' ? "*" : "_", j - i | (opens ? OPEN : 0) | (closes ? CLOSE : 0));
                } else {
                    pending.append(s, i, j);
                }
                return j;
            case '!':
                if (next == '[') {
                    return mark("![", j + 1);
                }
                break;
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
                while (j < n && "\\`*_![]<&\n".indexOf(at(j)) < 0) {
                    j++;
                }
                pending.append(s, i, j);
                return j;
        }
        pending.append(c);
        return j;
    }

    private int code(int i) {
        int j = skip(i, '`');
        int close = ticks(j, j - i);
        if (close < 0) {
            pending.append(s, i, j);
            return j;
        }
        String code = s.substring(j, close).replace('\n', ' ');
        int last = code.length() - 1;
        if (last > 1 && code.charAt(0) == ' ' && code.charAt(last) == ' ' && !blank(code)) {
            code = code.substring(1, last);
        }
        add(Node.CODE, code, 0);
        return close + j - i;
    }

    /** The next run of exactly {@code length} backticks in this paragraph, or -1. */
    private int ticks(int from, int length) {
        if (paraEnd < from) {
            paraEnd = s.indexOf("\n\n", from);
            paraEnd = paraEnd < 0 ? n : paraEnd;
        }
        if (length > 32 || paraEnd <= noTicks[length]) {
            return -1;
        }
        for (int k = from; k < paraEnd; k++) {
            int e = skip(k, '`');
            if (e - k == length) {
                return k;
            }
            k = Math.max(k, e - 1);
        }
        noTicks[length] = paraEnd;
        return -1;
    }

    private int mark(String mark, int next) {
        add(MARK, mark, 0);
        Frame top = top();
        if (top.markCount == top.marks.length) {
            int[] grown = new int[top.markCount * 2];
            System.arraycopy(top.marks, 0, grown, 0, top.markCount);
            top.marks = grown;
        }
        top.marks[top.markCount++] = top.size - 1;
        return next;
    }

    /** {@code ]}: a link if an open bracket, a destination and no link inside make one; else text. */
    private int closeBracket(int i) {
        flush();
        Frame top = top();
        int end = top.markCount > 0 ? linkTail(i + 1) : -1;
        int at = top.markCount > 0 ? top.marks[--top.markCount] : 0;
        boolean linked = inLink();
        for (int k = at + 1; k < top.size; k++) {
            linked |= top.kids[k].hasLink;
        }
        if (end < 0 || linked) {
            pending.append(']'); // and the bracket stays text
            return i + 1;
        }
        String url = Urls.safe(dest);
        List<Node> label = process(top.kids, at + 1, top.size, url != null, false);
        top.size = at;
        if (label.isEmpty() && url != null) {
            label.add(new Node(Node.TEXT, url, null, 0));
        }
        Node link = url == null ? null : wrap(Node.LINK, url, label);
        if (link != null) {
            top.add(link);
        } else {
            for (Node node : label) {
                top.add(node);
            }
            String target = dest.trim();
            if (!target.isEmpty()) {
                pending.append(" (").append(target).append(')');
            }
        }
        return end;
    }

    /** After {@code ]}: {@code (destination "optional title")}; sets {@link #dest}, returns the end or -1. */
    private int linkTail(int p) {
        if (at(p) != '(') {
            return -1;
        }
        int i = skip(p + 1, ' ');
        boolean angled = at(i) == '<';
        StringBuilder d = new StringBuilder();
        int depth = 0;
        for (i += angled ? 1 : 0; ; ) {
            char c = at(i);
            if (angled ? c == '>' : c <= ' ' || c == ')' && depth == 0) {
                break;
            }
            depth += angled ? 0 : c == '(' ? 1 : c == ')' ? -1 : 0;
            if (i >= n || c == '\n' || angled && c == '<' || i - p > MAX_SCAN || depth > 32) {
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
        int afterDest = i + (angled ? 1 : 0);
        i = skip(afterDest, ' ');
        char q = at(i);
        if (i > afterDest && (q == '"' || q == '\'')) {
            int j = s.indexOf(q, i + 1);
            i = j < 0 ? n : skip(j + 1, ' ');
        }
        if (at(i) != ')' || depth != 0) {
            return -1;
        }
        dest = d.toString();
        return i + 1;
    }

    /** {@code <}: an allowlisted tag, an autolink, or text. */
    private int angle(int i) {
        if (tag(i)) {
            return onTag(i);
        }
        int j = i + 1;
        while (at(j) > ' ' && at(j) != '<' && at(j) != '>') {
            j++;
        }
        String url = at(j) == '>' && !inLink() ? Urls.safe(s.substring(i + 1, j)) : null;
        if (url != null) {
            flush();
            List<Node> label = new ArrayList<>();
            label.add(new Node(Node.TEXT, s.substring(i + 1, j), null, 0));
            para().add(new Node(Node.LINK, url, label, 0));
            return j + 1;
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
        }
        switch (id) {
            case T_UL:
            case T_OL:
                close = find(Node.BULLET_LIST, true);
                if (closing && close > 0) {
                    closeTo(close);
                } else if (!closing && room()) {
                    container();
                    push(id == T_UL ? Node.BULLET_LIST : Node.ORDERED_LIST).start = tagStart;
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
                    String code = codeText(end, close < 0 ? n : close);
                    if (id == T_CODE) {
                        add(Node.CODE, code, 0);
                        return close + 7;
                    }
                    code = trimEnd(code.startsWith("\n") ? code.substring(1) : code);
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
                close = closing ? find(type, false) : -1;
                if (close > 0) {
                    closeTo(close);
                } else if (type == Node.LINK && (closing || inLink())) {
                    pending.append(s, i, end); // a stray </a> or a link inside a link stays visible
                } else if (!closing && open.size() < MAX_INLINE + MAX_ITEMS) {
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
        int at = alpha(at(p + (tagClosing ? 2 : 1))) ? TAGS.indexOf(" " + name + ":") : -1;
        if (at < 0) {
            return false;
        }
        tagId = TAGS.charAt(at + name.length() + 2) - 'A';
        tagHref = null;
        tagStart = 1;
        while (true) {
            int j = space(i);
            char c = at(j);
            if (c == '>' || c == '/' && at(j + 1) == '>') {
                tagEnd = j + (c == '>' ? 1 : 2);
                return tagEnd <= limit && (tagId != T_A || tagClosing || tagHref != null);
            }
            String attr = name(j);
            if (tagClosing || j == i || attr.isEmpty() || !alpha(c)) {
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
            if (!attr.startsWith("data-") && !attr.startsWith("aria-") && ATTRS.indexOf(" " + attr + " ") < 0
                    || i > limit) {
                return false;
            }
            if (attr.equals("href")) {
                tagHref = value == null ? null : Urls.safe(decode(value));
            } else if (attr.equals("start") && value != null) {
                tagStart = number(value.trim());
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
        while (" \t\n\f".indexOf(at(i)) >= 0 && i < n) {
            i++;
        }
        return i;
    }

    // ---- emphasis, text and bare URLs

    /** Matches the delimiter runs among {@code kids[from, to)} into emphasis, then {@link #clean}s the result. */
    private static List<Node> process(Node[] kids, int from, int to, boolean inLink, boolean edges) {
        Node[] out = new Node[to - from];
        int[] openers = new int[to - from];
        int size = 0;
        int count = 0;
        int[] open = new int[2]; // open openers of '*' (even) and '_' (odd)
        for (int i = from; i < to; i++) {
            Node node = kids[i];
            String d = node.text();
            int flags = node.start();
            if (node.type() == DELIM) {
                int c = d.charAt(0) & 1;
                int left = flags & COUNT;
                while ((flags & CLOSE) != 0 && left > 0 && open[c] > 0) {
                    int j = count - 1;
                    while (out[openers[j]].text() != d) {
                        j--;
                    }
                    while (count > j + 1) {
                        open[out[openers[--count]].text().charAt(0) & 1]--;
                    }
                    int at = openers[j];
                    int have = out[at].start();
                    int use = have > 1 && left > 1 ? 2 : 1;
                    Node em = wrap(Node.EMPHASIS + use - 1, null, clean(out, at + 1, size, inLink, false));
                    if (em == null) {
                        break;
                    }
                    left -= use;
                    size = at + 1;
                    if (have == use) {
                        size = at;
                        count--;
                        open[c]--;
                    } else {
                        out[at] = new Node(DELIM, d, null, have - use);
                    }
                    out[size++] = em;
                }
                if (left > 0 && (flags & OPEN) != 0) {
                    openers[count++] = size;
                    open[c]++;
                }
                node = new Node(DELIM, d, null, left);
            }
            out[size++] = node;
        }
        return clean(out, 0, size, inLink, edges);
    }

    /** An inline node of {@code kids}, or null if there are none or it would nest too deep. */
    private static Node wrap(int type, String url, List<Node> kids) {
        int depth = 0;
        for (Node kid : kids) {
            depth = Math.max(depth, kid.depth);
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
            if (t >= DELIM || t == Node.TEXT) {
                for (int k = t == DELIM ? node.start() : 1; k > 0; k--) {
                    sb.append(node.text());
                }
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
                || start > 0 && (word(t.charAt(start - 1)) || "/.@-_=%&+#?:".indexOf(t.charAt(start - 1)) >= 0)) {
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

    private static boolean prefix(String t, int at, String lowerPrefix) {
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
        int n = s.length();
        int i = p + 1;
        int code = -1;
        if (i < n && s.charAt(i) == '#') {
            int radix = ++i < n && lower(s.charAt(i)) == 'x' ? 16 : 10;
            i += radix / 16;
            int start = i;
            code = 0;
            for (; i < n && i - start < 7; i++) {
                char c = lower(s.charAt(i));
                int d = digit(c) ? c - '0' : radix == 16 && (char) (c - 'a') < 6 ? c - 'a' + 10 : -1;
                if (d < 0) {
                    break;
                }
                code = code * radix + d;
            }
            code = i == start ? -1 : code == 0 || code > 0x10FFFF || code >> 11 == 0x1B ? 0xFFFD : code;
        } else {
            int start = i;
            while (i < n && i - start < 8 && alpha(s.charAt(i))) {
                i++;
            }
            int at = i - start < 2 ? -1 : ENTITIES.indexOf(";" + s.substring(start, i));
            int end = at + 1 + i - start;
            if (at >= 0 && !alpha(ENTITIES.charAt(end))) {
                code = ENTITIES.charAt(end);
            }
        }
        if (code < 0 || i >= n || s.charAt(i) != ';') {
            return -1;
        }
        if (code >= 0x10000) {
            out.append((char) (0xD7C0 + (code >> 10))).append((char) (0xDC00 + (code & 0x3FF)));
        } else {
            out.append((char) code);
        }
        return i + 1;
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

    /** Space, controls, and the common Unicode spaces. */
    static boolean white(char c) {
        return c <= ' ' || c == '\u00a0' || c == '\u3000' || (char) (c - '\u2000') <= 10 || c == '\u202f';
    }

    private static boolean punct(char c) {
        return c > ' ' && c < 0x7f && !alpha(c) && !digit(c);
    }

    private static boolean blank(String text) {
        return text.trim().isEmpty();
    }

    private static int number(String v) {
        int result = 0;
        for (int k = 0; k < v.length(); k++) {
            if (!digit(v.charAt(k)) || k > 8) {
                return 1;
            }
            result = result * 10 + v.charAt(k) - '0';
        }
        return v.isEmpty() ? 1 : result;
    }

    private static String trimEnd(String code) {
        int end = code.length();
        while (end > 0 && code.charAt(end - 1) == '\n') {
            end--;
        }
        return code.substring(0, end);
    }
}
