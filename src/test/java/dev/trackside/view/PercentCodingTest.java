package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentCodingTest {
    @Test
    void unreservedCharactersStayAsTheyAre() {
        String text = "AZaz09-._~";
        assertSame(text, PercentCoding.encode(text));
        assertSame(text, PercentCoding.decode(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "django orm      | django%20orm",
        "a&b=c#d%e+f     | a%26b%3Dc%23d%25e%2Bf",
        "/?:@!$'()*,;    | %2F%3F%3A%40%21%24%27%28%29%2A%2C%3B",
        "Müller          | M%C3%BCller",
        "€               | %E2%82%AC",
        "\uD83D\uDE80    | %F0%9F%9A%80",
        "a\uD83D\uDC4Db  | a%F0%9F%91%8Db",
    })
    void encodesAsUtf8WithUpperCaseHex(String text, String encoded) {
        assertEquals(encoded, PercentCoding.encode(text));
        assertEquals(text, PercentCoding.decode(encoded));
    }

    @Test
    void spaceIsEscapedAndPlusIsNotASpace() {
        // Unlike URLEncoder (form encoding), a hash keeps '+' a plus sign.
        assertEquals("%20", PercentCoding.encode(" "));
        assertEquals("a+b", PercentCoding.decode("a+b"));
        assertEquals("a+b", PercentCoding.decode(PercentCoding.encode("a+b")));
    }

    @Test
    void decodingAcceptsLowerCaseHex() {
        assertEquals("Mü", PercentCoding.decode("M%c3%bc"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "%zz        | %zz",
        "100%       | 100%",
        "%4         | %4",
        "a%2        | a%2",
        "%%41       | %A",
        "%C3        | %C3",
        "%C3x       | %C3x",
        "%C3%28     | %C3(",
        "%80        | %80",
        "%FF%41     | %FFA",
        "%C0%AF     | %C0%AF",
        "%E0%80%AF  | %E0%80%AF",
        "%ED%A0%80  | %ED%A0%80",
        "%F4%90%80%80 | %F4%90%80%80",
        "%F0%9F%9A  | %F0%9F%9A",
    })
    void malformedEscapesAreKeptAsWritten(String encoded, String decoded) {
        // Overlong forms, encoded surrogates and code points past U+10FFFF are not UTF-8 either.
        assertEquals(decoded, PercentCoding.decode(encoded));
    }

    @Test
    void unescapedCharactersAreTakenAsTheyAre() {
        // A hand-typed or foreign link may carry raw spaces, umlauts or emoji.
        assertEquals("ü \uD83D\uDE80 ü", PercentCoding.decode("ü \uD83D\uDE80 %C3%BC"));
    }

    @Test
    void loneSurrogatesAreEncodedAsTheReplacementCharacter() {
        assertEquals("%EF%BF%BD", PercentCoding.encode("\uD83D"));
        assertEquals("a%EF%BF%BDb", PercentCoding.encode("a\uDE80b"));
        assertEquals("%EF%BF%BD%EF%BF%BD", PercentCoding.encode("\uDE80\uD83D"));
        assertEquals("a\uFFFDb\uFFFD\uD83D\uDE80", PercentCoding.wellFormed("a\uDE80b\uD83D\uD83D\uDE80"));
        String fine = "a\uD83D\uDE80b";
        assertSame(fine, PercentCoding.wellFormed(fine));
    }

    @Test
    void agreesWithTheJdkOnRandomText() {
        // URLEncoder writes ' ' as '+', leaves '*' alone and escapes '~'; apart from that both write RFC 3986.
        Random random = new Random(20190923);
        for (int round = 0; round < 2000; round++) {
            String text = PercentCoding.wellFormed(randomText(random));
            String jdk = URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                    .replace("%7E", "~");
            assertEquals(jdk, PercentCoding.encode(text), text);
            assertEquals(text, PercentCoding.decode(PercentCoding.encode(text)), text);
            assertEquals(URLDecoder.decode(jdk, StandardCharsets.UTF_8), PercentCoding.decode(jdk), text);
        }
    }

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0:
                    sb.append((char) (0x20 + random.nextInt(0x5F)));
                    break;
                case 1:
                    sb.append((char) (0xA0 + random.nextInt(0x700)));
                    break;
                case 2:
                    sb.append((char) (0x800 + random.nextInt(0xF000)));
                    break;
                case 3:
                    sb.appendCodePoint(0x10000 + random.nextInt(0x100000));
                    break;
                default:
                    sb.append("%+& =#".charAt(random.nextInt(6)));
            }
        }
        return sb.toString();
    }
}
