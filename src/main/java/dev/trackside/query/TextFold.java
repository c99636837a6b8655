package dev.trackside.query;

/**
 * Folds text for matching: lower case, accents removed, ligatures spelled out ("José" → "jose", "Straße" →
 * "strasse", "CAFÉ" → "cafe").
 *
 * <p>One explicit table instead of {@code String.toLowerCase} and {@code java.text.Normalizer}: TeaVM's class
 * library has no Normalizer, and its case mapping differs between the wasm and JS targets ("ß", "İ"). This class uses
 * only char arithmetic, so the JVM, wasm and JS builds fold every string identically.
 */
public final class TextFold {
    private static final int TABLE_START = 0x00C0;

    /** Folded forms of U+00C0 … U+024F (Latin-1 Supplement, Latin Extended-A and -B), comma-separated. */
    private static final String TABLE_SOURCE = "a,a,a,a,a,a,ae,c,e,e,e,e,i,i,i,i,d,n,o,o,o,o,o,\u00d7,o,u,u,u,u,y,th,ss,a,a,a,a,a,a,ae,c,e,e,e,e,i,i,i,i,d,n,o,o,o,o,o,\u00f7,o,u,u,u,u,y,th,y,a,a,a,a,a,a,c,c,c,c,c,c,c,c,d,d,d,d,e,e,e,e,e,e,e,e,e,e,g,g,g,g,g,g,g,g,h,h,h,h,i,i,i,i,i,i,i,i,i,i,ij,ij,j,j,k,k,k,l,l,l,l,l,l,l,l,l,l,n,n,n,n,n,n,n,n,n,o,o,o,o,o,o,oe,oe,r,r,r,r,r,r,s,s,s,s,s,s,s,s,t,t,t,t,t,t,u,u,u,u,u,u,u,u,u,u,u,u,w,w,y,y,y,z,z,z,z,z,z,s,b,b,\u0183,\u0183,\u0185,\u0185,\u0254,c,c,\u0256,d,\u018c,\u018c,\u018d,\u01dd,\u0259,\u025b,f,f,\u0260,\u0263,\u0195,\u0269,\u0268,k,k,l,\u019b,\u026f,n,n,\u0275,o,o,\u01a3,\u01a3,p,p,\u0280,\u01a8,\u01a8,\u0283,\u01aa,t,t,t,t,u,u,\u028a,\u028b,\u01b4,\u01b4,z,z,\u0292,\u01b9,\u01b9,\u01ba,\u01bb,\u01bd,\u01bd,\u01be,\u01bf,\u01c0,\u01c1,\u01c2,\u01c3,dz,dz,dz,lj,lj,lj,nj,nj,nj,a,a,i,i,o,o,u,u,u,u,u,u,u,u,u,u,\u01dd,a,a,a,a,\u01e3,\u01e3,\u01e5,\u01e5,g,g,k,k,o,o,o,o,\u01ef,\u01ef,j,dz,dz,dz,g,g,\u0195,\u01bf,n,n,a,a,\u01fd,\u01fd,\u01ff,\u01ff,a,a,a,a,e,e,e,e,i,i,i,i,o,o,o,o,r,r,r,r,u,u,u,u,s,s,t,t,\u021d,\u021d,h,h,n,d,ou,ou,z,z,a,a,e,e,o,o,o,o,o,o,o,o,y,y,l,n,t,j,\u0238,\u0239,a,c,c,l,t,s,z,\u0242,\u0242,b,\u0289,\u028c,e,e,j,j,\u024b,\u024b,r,r,y,y";

    private static final String[] TABLE = split(TABLE_SOURCE);

    private TextFold() {
    }

    private static String[] split(String source) {
        String[] table = new String[0x0250 - TABLE_START];
        int from = 0;
        for (int i = 0; i < table.length; i++) {
            int comma = source.indexOf(',', from);
            int to = comma < 0 ? source.length() : comma;
            table[i] = source.substring(from, to);
            from = to + 1;
        }
        return table;
    }

    /** The folded form of {@code text}; folding twice changes nothing. */
    public static String fold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 ? c >= 'A' && c <= 'Z' : simpleFold(c) != c) {
                char[] out = new char[2 * text.length()];
                return new String(out, 0, foldInto(text, i, out, 0));
            }
        }
        return text; // already folded: no copy
    }

    /**
     * Appends the folded form of {@code text} to {@code out} at {@code at} and returns the new end. {@code out} must
     * have room for {@code 2 * text.length()} more chars (no char folds to more than two), so that a search index can
     * fold many texts into one array without a String per text.
     */
    public static int foldInto(String text, char[] out, int at) {
        return foldInto(text, 0, out, at);
    }

    private static int foldInto(String text, int from, char[] out, int at) {
        text.getChars(0, from, out, at);
        int n = at + from;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else {
                n = foldChar(c, out, n);
            }
        }
        return n;
    }

    /**
     * {@link #foldInto} that also writes each run of whitespace ({@link #isSpace}) as one space: how the search
     * index and the query's terms see text, so that a phrase matches across line breaks. One pass, as it folds
     * megabytes of abstracts.
     */
    static int foldWordsInto(String text, char[] out, int at) {
        int n = at;
        boolean space = false;
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x80) {
                out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                space = false;
            } else if (c <= ' ' || isSpace(c)) {
                if (!space) {
                    out[n++] = ' ';
                    space = true;
                }
            } else {
                int before = n;
                n = foldChar(c, out, n);
                space &= n == before; // a combining accent alone does not end a run of whitespace
            }
        }
        return n;
    }

    /** Appends the folded form of {@code c} (none, one or two chars) to {@code out} at {@code at}; returns the end. */
    static int foldChar(char c, char[] out, int at) {
        char simple = simpleFold(c);
        if (simple != 0) {
            out[at++] = simple;
            return at;
        }
        String mapped = map(c);
        if (mapped == null) {
            out[at++] = c;
        } else {
            for (int j = 0; j < mapped.length(); j++) {
                out[at++] = mapped.charAt(j);
            }
        }
        return at;
    }

    /**
     * Whether {@code c} separates words: control chars and spaces of every width (the ones {@link #fold} leaves as
     * they are too, so queries and text agree on them).
     */
    static boolean isSpace(char c) {
        return c <= ' ' || c == 0x00A0 || c == 0x1680 || c >= 0x2000 && c <= 0x200B || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
    }

    /**
     * Whether the folded char {@code c} belongs to a word: ASCII letters and digits, and everything from U+00C0 up
     * except the punctuation, symbol and space blocks (U+2000-U+2BFF, U+3000-U+303F, U+FE30-U+FE4F, U+FF00-U+FF0F,
     * U+FFF0 up) and × ÷. A rough rule instead of {@code Character.isLetterOrDigit}, whose tables would weigh more
     * than this whole package; it only decides how well a hit ranks and where field filters may start.
     */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return c >= 0x00C0 && c != 0x00D7 && c != 0x00F7 && !(c >= 0x2000 && c <= 0x2BFF)
                && !(c >= 0x3000 && c <= 0x303F) && !(c >= 0xFE30 && c <= 0xFE4F) && !(c >= 0xFF00 && c <= 0xFF0F)
                && c < 0xFFF0;
    }

    /**
     * The one-char fold of {@code c} (itself when unchanged), or 0 when it needs {@link #map}. Covers the common
     * case without allocating: folding the abstracts of a 1,351-session schedule is millions of chars.
     */
    private static char simpleFold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= 0x0391 && c <= 0x03A9 && c != 0x03A2) {
            return (char) (c + 32); // Greek capitals
        }
        if (c >= 0x0410 && c <= 0x042F) {
            return (char) (c + 32); // Cyrillic capitals
        }
        if (c >= 0x0400 && c <= 0x040F) {
            return (char) (c + 80); // Cyrillic capitals with marks
        }
        if (c == 0x00A0) {
            return ' '; // no-break space
        }
        if (c == 0x2018 || c == 0x2019) {
            return '\''; // typographic apostrophes: "don’t" matches "don't"
        }
        return 0;
    }

    /** The replacement for a char {@link #simpleFold} leaves open, or {@code null} when it stays as it is. */
    private static String map(char c) {
        if (c >= TABLE_START && c < 0x0250) {
            String folded = TABLE[c - TABLE_START];
            return folded.length() == 1 && folded.charAt(0) == c ? null : folded;
        }
        if (c >= 0x0300 && c <= 0x036F) {
            return ""; // combining accents of decomposed text: "e\u0301" matches "e"
        }
        return null;
    }
}
