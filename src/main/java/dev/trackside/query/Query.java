package dev.trackside.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed search: what the visitor typed, as {@link Term}s with their place in the text, and the problems found on
 * the way. The syntax (documented for visitors in docs/search.md):
 *
 * <ul>
 * <li>{@code word}: free text; it must occur, folded ({@link TextFold}), in the title, a speaker's name, a tag or
 * the abstract, anywhere (also inside a longer word, so the word being typed matches as a prefix). Every term must
 * match.</li>
 * <li>{@code "exact phrase"}: the words in this order, separated by any whitespace in the text. Straight and
 * typographic quotes (" “ ” „) both work, as phones type the latter.</li>
 * <li>{@code -word}, {@code -"phrase"}, {@code -field:value}: sessions where it matches are left out. Only a
 * {@code -} that starts a token excludes: a lone {@code -} is ignored, {@code e-mail} is one word.</li>
 * <li>{@code field:value}, {@code field:"two words"}: a filter on one of {@link Field}; keys ignore case. Filters
 * of one field are alternatives ({@code room:a room:b} is either room), filters of different fields all apply.</li>
 * </ul>
 *
 * <p>Parsing never throws. A problem is reported in {@link #errors()} with its place, and the rest still counts: an
 * unclosed quote runs to the end of the text; {@code foo:bar} with an unknown field is the free word
 * {@code foo:bar}; a filter without a value ({@code speaker:}) is left out. A key is letters only, so {@code 10:30}
 * is just a word.
 *
 * <p>Immutable. Uses only char arithmetic and {@link TextFold}, so it parses identically on the JVM, in wasm and
 * in JS.
 */
public final class Query {
    /** The fields a filter can name, each with its key ({@code speaker:}). How each one matches is its doc. */
    public enum Field {
        /** Any speaker's name: the value starts a word of it ({@code speaker:godwin}, {@code speaker:"ada lo"}). */
        SPEAKER("speaker"),
        /** Any of the session's rooms: the value starts a word of the room's name. */
        ROOM("room"),
        /** The track: the value starts a word of the track's name. */
        TRACK("track"),
        /** The kind: the value starts its id or its English label ({@code kind:key}, {@code kind:lightning}). */
        KIND("kind"),
        /**
         * The conference day: one or two digits are the day's number from 1 ({@code day:2}); anything else starts a
         * word of its ISO date, English weekday or name ({@code day:2019-09-23}, {@code day:tue}, {@code day:sprints}).
         */
        DAY("day"),
        /** The language tag: the value starts it ({@code lang:en} matches {@code en-US}). */
        LANG("lang"),
        /** The audience level: the value starts a word of it. */
        LEVEL("level"),
        /** Any tag: the value starts a word of it. */
        TAG("tag");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        /** The key as written in a query, lower case, without the colon. */
        public String key() {
            return key;
        }

        /** The field with this lower-case key, or {@code null}. */
        public static Field of(String key) {
            for (Field field : values()) {
                if (field.key.equals(key)) {
                    return field;
                }
            }
            return null;
        }
    }

    /** One condition: a free word or phrase, or a filter's value; maybe excluded. */
    public static final class Term {
        private final Field field;
        private final String text;
        private final boolean excluded;
        private final boolean phrase;
        private final int start;
        private final int end;

        Term(Field field, String text, boolean excluded, boolean phrase, int start, int end) {
            this.field = field;
            this.text = text;
            this.excluded = excluded;
            this.phrase = phrase;
            this.start = start;
            this.end = end;
        }

        /** The filter's field, or {@code null} for free text. */
        public Field field() {
            return field;
        }

        /** The word, phrase or value, folded, with every run of whitespace as one space; never empty. */
        public String text() {
            return text;
        }

        /** Whether it was written with a leading {@code -}: sessions it matches are left out. */
        public boolean excluded() {
            return excluded;
        }

        /** Whether it was written in quotes. */
        public boolean phrase() {
            return phrase;
        }

        /** Where it begins in the query (its {@code -} included). */
        public int start() {
            return start;
        }

        /** Where it ends in the query (exclusive). */
        public int end() {
            return end;
        }

        /** The normalised form: {@code -speaker:"ada lovelace"}. */
        @Override
        public String toString() {
            // Quoted also when folding made a word look like other syntax ("Spéaker:x" is the word "speaker:x").
            List<Term> again = field == null && !phrase ? parse(text).terms : null;
            boolean quote = phrase || text.indexOf(' ') >= 0 || again != null && (again.size() != 1
                    || again.get(0).field != null || again.get(0).excluded);
            String value = quote ? '"' + text + '"' : text;
            return (excluded ? "-" : "") + (field == null ? "" : field.key + ":") + value;
        }
    }

    /** A problem in the query's text, to be shown where it is; the query still searches (see {@link Query}). */
    public static final class Problem {
        /** What is wrong. */
        public enum Type {
            /** A quote is not closed: the phrase runs to the end. */
            UNCLOSED_QUOTE,
            /** {@code foo:} names no {@link Field}: the token is searched as a word. {@link #detail()} is the key. */
            UNKNOWN_FIELD,
            /** {@code speaker:} has no value: the filter is left out. {@link #detail()} is the key. */
            EMPTY_VALUE
        }

        private final Type type;
        private final String detail;
        private final int start;
        private final int end;

        Problem(Type type, String detail, int start, int end) {
            this.type = type;
            this.detail = detail;
            this.start = start;
            this.end = end;
        }

        public Type type() {
            return type;
        }

        /** The field key concerned, as typed (UNKNOWN_FIELD) or lower case (EMPTY_VALUE); empty for UNCLOSED_QUOTE. */
        public String detail() {
            return detail;
        }

        /** Where the problem begins in the query. */
        public int start() {
            return start;
        }

        /** Where it ends (exclusive). */
        public int end() {
            return end;
        }

        /** In English, for logs and tests; the page says it through its own messages. */
        public String message() {
            return type == Type.UNCLOSED_QUOTE ? "unclosed quote"
                    : type == Type.UNKNOWN_FIELD ? "unknown field " + detail : detail + ": needs a value";
        }

        @Override
        public String toString() {
            return start + "-" + end + " " + message();
        }
    }

    private static final Query EMPTY = new Query(new ArrayList<>(), new ArrayList<>());

    private final List<Term> terms;
    private final List<Problem> errors;

    private Query(List<Term> terms, List<Problem> errors) {
        this.terms = List.copyOf(terms);
        this.errors = List.copyOf(errors);
    }

    /** Parses {@code text} ({@code null} is empty). Never throws. */
    public static Query parse(String text) {
        if (text == null) {
            return EMPTY;
        }
        List<Term> terms = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            if (TextFold.isSpace(c)) {
                i++;
                continue;
            }
            boolean excluded = c == '-';
            if (excluded && (++i == n || TextFold.isSpace(text.charAt(i)))) {
                continue; // a lone "-"
            }
            int k = i;
            while (k < n && (text.charAt(k) | 0x20) >= 'a' && (text.charAt(k) | 0x20) <= 'z') {
                k++;
            }
            Field field = null;
            if (k > i && k < n && text.charAt(k) == ':') {
                field = Field.of(TextFold.fold(text.substring(i, k)));
                if (field == null) {
                    errors.add(new Problem(Problem.Type.UNKNOWN_FIELD, text.substring(i, k), i, k + 1));
                } else {
                    i = k + 1;
                }
            }
            boolean phrase = i < n && isQuote(text.charAt(i));
            String value;
            if (phrase) {
                k = i + 1;
                while (k < n && !isQuote(text.charAt(k))) {
                    k++;
                }
                value = text.substring(i + 1, k);
                if (k == n) {
                    errors.add(new Problem(Problem.Type.UNCLOSED_QUOTE, "", i, n));
                    i = n;
                } else {
                    i = k + 1;
                }
            } else {
                k = i;
                while (k < n && !TextFold.isSpace(text.charAt(k)) && !isQuote(text.charAt(k))) {
                    k++;
                }
                value = text.substring(i, k);
                i = k;
            }
            value = normalise(value);
            if (!value.isEmpty()) {
                terms.add(new Term(field, value, excluded, phrase, start, i));
            } else if (field != null) {
                errors.add(new Problem(Problem.Type.EMPTY_VALUE, field.key, start, i));
            }
        }
        return new Query(terms, errors);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c >= 0x201C && c <= 0x201E;
    }

    /** Folded, with each run of whitespace as one space and none at either end: a term's text. */
    static String normalise(String text) {
        char[] out = new char[2 * text.length()];
        int end = TextFold.foldWordsInto(text, out, 0);
        int start = end > 0 && out[0] == ' ' ? 1 : 0;
        end -= end > start && out[end - 1] == ' ' ? 1 : 0;
        return new String(out, start, end - start);
    }

    /** The conditions, in the order typed. */
    public List<Term> terms() {
        return terms;
    }

    /** The problems, left to right by the term they belong to; empty when the query is well formed. */
    public List<Problem> errors() {
        return errors;
    }

    /** Whether it has no condition at all: every session matches. */
    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The free words and phrases (not excluded), folded, in the order typed. */
    public List<String> words() {
        List<String> words = new ArrayList<>();
        for (Term term : terms) {
            if (term.field == null && !term.excluded) {
                words.add(term.text);
            }
        }
        return words;
    }

    /**
     * The parts of {@code text} to highlight, as {@code [start0, end0, start1, end1, …]} indexes into {@code text}
     * (not into its folded form: "ß" that matched "ss" is one char here), in order, neither overlapping nor
     * touching. Highlighted are the free words and phrases where {@code field} is one free text searches
     * ({@code null} for title and abstract, {@link Field#SPEAKER}, {@link Field#TAG}), and the values of the filters
     * on {@code field} where they start a word (for {@code kind:} and {@code lang:} only at the start of the text; a
     * {@code day:} number never). Excluded terms are never highlighted. A combining accent after a highlighted letter
     * is highlighted with it.
     */
    public int[] highlight(String text, Field field) {
        int n = text.length();
        char[] folded = new char[2 * n];
        int[] source = new int[2 * n];
        int m = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int from = m;
            if (!TextFold.isSpace(c)) {
                m = TextFold.foldChar(c, folded, m);
                space &= m == from;
            } else if (!space) {
                folded[m++] = ' '; // as TextFold.foldWordsInto: a run of whitespace is one space
                space = true;
            }
            for (int j = from; j < m; j++) {
                source[j] = i;
            }
        }
        boolean free = field == null || field == Field.SPEAKER || field == Field.TAG;
        boolean[] marked = new boolean[n];
        for (Term term : terms) {
            if (term.excluded || (term.field == null ? !free : term.field != field || dayNumber(term) >= 0)) {
                continue;
            }
            String t = term.text;
            for (int at = 0; at <= m - t.length(); at++) {
                if (regionMatches(folded, at, t) && (term.field == null || (at == 0 || field != Field.KIND
                        && field != Field.LANG) && startsWord(folded, at, t.charAt(0)))) {
                    int end = source[at + t.length() - 1] + 1;
                    while (end < n && text.charAt(end) >= 0x0300 && text.charAt(end) <= 0x036F) {
                        end++;
                    }
                    for (int j = source[at]; j < end; j++) {
                        marked[j] = true;
                    }
                }
            }
        }
        int runs = 0;
        for (int i = 0; i < n; i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                runs++;
            }
        }
        int[] ranges = new int[2 * runs];
        int r = 0;
        for (int i = 0; i < n; i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                ranges[r] = i;
            }
            if (marked[i] && (i == n - 1 || !marked[i + 1])) {
                ranges[r + 1] = i + 1;
                r += 2;
            }
        }
        return ranges;
    }

    /** The same as {@link #highlight(String, Field) highlight(text, null)}: for a title or an abstract. */
    public int[] highlight(String text) {
        return highlight(text, null);
    }

    private static boolean regionMatches(char[] chars, int at, String term) {
        for (int k = 0; k < term.length(); k++) {
            if (chars[at + k] != term.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The number of a {@code day:} value of one or two digits ({@code day:2}), else -1. */
    static int dayNumber(Term term) {
        String t = term.text;
        int n = term.field == Field.DAY && t.length() <= 2 ? 0 : -1;
        for (int i = 0; i < t.length() && n >= 0; i++) {
            char c = t.charAt(i);
            n = c >= '0' && c <= '9' ? n * 10 + c - '0' : -1;
        }
        return n;
    }

    /** Whether a hit of a term beginning with {@code first} at {@code at} starts a word. */
    static boolean startsWord(char[] chars, int at, char first) {
        return at == 0 || !TextFold.isWordChar(chars[at - 1]) || !TextFold.isWordChar(first);
    }

    /**
     * The normalised query: its terms folded, separated by one space, in the order typed, values with a space
     * quoted ({@code Speaker:"Ada  L"} gives {@code speaker:"ada l"}); errors are not in it.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Term term : terms) {
            sb.append(sb.length() == 0 ? "" : " ").append(term);
        }
        return sb.toString();
    }
}
