package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What a visitor stored survives what a schedule does (issue 7), in both engines: a broken schedule (error shown,
 * storage untouched to the byte), a schedule update that renames rooms, storage that is full or blocked, and another
 * conference on the same origin (its own key; the first one's never written).
 */
class StoredDataIT {
    static final Path DIR = Path.of("target", "stored-corpus");
    private static final String KEY_A = "trackside:keep-a:favourites";
    private static final String KEY_B = "trackside:keep-b:favourites";
    /** Not how the viewer writes it (spaces, an id no longer in the schedule): proves nobody rewrote it. */
    private static final String STORED = "[ \"s2\",  \"s4\", \"gone-9\" ]";

    @RegisterExtension
    static final SiteAndBrowsers web = SiteAndBrowsers.withFixtures(() -> DIR);

    private static String schedule(String conference, String[] roomIds, String[] roomNames) {
        StringBuilder sessions = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            sessions.append(i > 1 ? "," : "").append(String.format("{\"id\": \"s%d\", \"title\": \"Talk %d of %s\", "
                    + "\"start\": \"2026-06-10T%02d:00+02:00\", \"duration\": 45, \"room\": \"%s\"}", i, i, conference,
                    8 + i, roomIds[i % 2]));
        }
        return String.format("{\"format\": \"trackside-schedule\", \"version\": 1, \"conference\": {\"id\": \"%s\", "
                + "\"name\": \"Conference %s\", \"timeZone\": \"Europe/Berlin\"}, \"rooms\": [{\"id\": \"%s\", "
                + "\"name\": \"%s\"}, {\"id\": \"%s\", \"name\": \"%s\"}], \"sessions\": [%s]}", conference, conference,
                roomIds[0], roomNames[0], roomIds[1], roomNames[1], sessions);
    }

    @BeforeAll
    static void generate() throws IOException {
        Files.createDirectories(DIR);
        String good = schedule("keep-a", new String[] {"a", "b"}, new String[] {"Hall A", "Hall B"});
        Files.writeString(DIR.resolve("good.json"), good);
        Files.writeString(DIR.resolve("broken.json"), good.substring(0, good.length() / 2));
        Files.writeString(DIR.resolve("renamed.json"), schedule("keep-a", new String[] {"main", "side"},
                new String[] {"Main stage", "Side room"}));
        Files.writeString(DIR.resolve("other.json"), schedule("keep-b", new String[] {"a", "b"},
                new String[] {"Hall A", "Hall B"}));
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Every key and value in localStorage, as a JSON object text (key order sorted). */
    private static String storage(WebDriver driver) {
        return (String) js(driver, "const all = {}; for (const k of Object.keys(localStorage).sort())"
                + " all[k] = localStorage.getItem(k); return JSON.stringify(all);");
    }

    private static WebDriver fresh(Engine engine, String key, String value) {
        WebDriver driver = web.browser(engine).driver();
        driver.get(web.url("fixtures/good.json"));
        js(driver, "localStorage.clear(); if (arguments[0]) localStorage.setItem(arguments[0], arguments[1]);", key,
                value);
        return driver;
    }

    private static SchedulePage open(Engine engine, String path, String state) {
        SchedulePage page = web.open(engine, path);
        assertEquals(state, page.state(), path);
        // A wasm engine hands a schedule with an error to the JS engine, which tells its line and column.
        assertEquals("error".equals(state) ? "js" : engine.attribute, page.engine());
        return page;
    }

    private static List<String> agenda(WebDriver driver) {
        List<String> ids = new ArrayList<>();
        for (WebElement item : driver.findElements(By.cssSelector(".c-agenda__list > .c-session [data-session-id]"))) {
            ids.add(item.getAttribute("data-session-id"));
        }
        for (WebElement missing : driver.findElements(By.cssSelector(".c-agenda__missing code"))) {
            ids.add("missing " + missing.getText());
        }
        return ids;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void favouritesSurviveABrokenScheduleToTheByte(Engine engine) {
        WebDriver driver = fresh(engine, KEY_A, STORED);
        js(driver, "localStorage.setItem('trackside:keep-a:tz', 'local')");
        String before = storage(driver);
        SchedulePage page = open(engine, "index.html?src=fixtures/broken.json#view=agenda", "error");
        assertTrue(page.alertText().contains("ends too early"), page.alertText());
        assertEquals(before, storage(driver), "the error leaves storage as it was, to the byte");
        driver.get("about:blank");
        open(engine, "index.html?src=fixtures/good.json#view=agenda", "ready");
        assertEquals(List.of("s2", "s4", "missing gone-9"), agenda(driver), "the good schedule shows them again");
        assertEquals(before, storage(driver), "showing them writes nothing");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anUpdateThatRenamesRoomsKeepsFavourites(Engine engine) {
        WebDriver driver = fresh(engine, null, null);
        open(engine, "index.html?src=fixtures/good.json#view=list", "ready");
        driver.findElement(By.cssSelector(".c-session .c-star[data-star='s3']")).click();
        driver.findElement(By.cssSelector(".c-session .c-star[data-star='s1']")).click();
        String stored = (String) js(driver, "return localStorage.getItem(arguments[0])", KEY_A);
        assertEquals("[\"s3\",\"s1\"]", stored);
        driver.get("about:blank");
        open(engine, "index.html?src=fixtures/renamed.json#view=agenda", "ready");
        assertEquals(List.of("s1", "s3"), agenda(driver), "by time, in the renamed rooms");
        assertTrue(driver.findElement(By.cssSelector(".c-agenda__list")).getText().contains("Side room"),
                "the new room names");
        assertEquals(stored, js(driver, "return localStorage.getItem(arguments[0])", KEY_A));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storageThatIsFullOrBlockedLosesNothingStored(Engine engine) {
        WebDriver driver = fresh(engine, KEY_A, STORED);
        String before = storage(driver);
        Browser browser = web.browser(engine);
        // Full: every write throws QuotaExceededError (as in KeepIT); reading works.
        @SuppressWarnings("unchecked")
        Map<String, Object> full = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "Storage.prototype.setItem = function () {"
                        + " throw new DOMException('full', 'QuotaExceededError'); };"
                        + "Storage.prototype.removeItem = function () {"
                        + " throw new DOMException('full', 'QuotaExceededError'); };"));
        try {
            open(engine, "index.html?src=fixtures/good.json#view=list", "ready");
            driver.findElement(By.cssSelector(".c-session .c-star[data-star='s1']")).click();
            driver.findElement(By.cssSelector(".c-session .c-star[data-star='s2']")).click(); // un-star
            WebElement warning = driver.findElement(By.cssSelector("[data-role=storage]"));
            assertTrue(warning.isDisplayed() && warning.getText().contains("kept until you leave"), warning.getText());
            driver.findElement(By.cssSelector(".c-views__button[data-view=agenda]")).click();
            assertEquals(List.of("s1", "s4", "missing gone-9"), agenda(driver), "the visit's favourites");
        } finally {
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", full.get("identifier")));
        }
        driver.get("about:blank");
        driver.get(web.url("fixtures/good.json"));
        assertEquals(before, storage(driver), "what was stored before the visit is still there, unchanged");

        // Blocked: localStorage itself throws (privacy settings, some file:// pages).
        @SuppressWarnings("unchecked")
        Map<String, Object> blocked = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "Object.defineProperty(window, 'localStorage', {get() {"
                        + " throw new DOMException('blocked', 'SecurityError'); }});"));
        try {
            driver.get("about:blank");
            open(engine, "index.html?src=fixtures/good.json#view=list", "ready");
            driver.findElement(By.cssSelector(".c-session .c-star[data-star='s3']")).click();
            WebElement warning = driver.findElement(By.cssSelector("[data-role=storage]"));
            assertTrue(warning.isDisplayed(), "the page says favourites cannot be stored");
            driver.findElement(By.cssSelector(".c-views__button[data-view=agenda]")).click();
            assertEquals(List.of("s3"), agenda(driver), "kept for the visit");
        } finally {
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", blocked.get("identifier")));
        }
        driver.get(web.url("fixtures/good.json"));
        assertEquals(before, storage(driver), "and after a visit with storage blocked");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anotherConferenceNeverWritesTheFirstOnesKey(Engine engine) {
        WebDriver driver = fresh(engine, KEY_A, STORED);
        open(engine, "index.html?src=fixtures/other.json#view=agenda", "ready");
        assertEquals(List.of(), agenda(driver), "keep-a's favourites are not keep-b's");
        driver.findElement(By.cssSelector(".c-views__button[data-view=list]")).click();
        driver.findElement(By.cssSelector(".c-session .c-star[data-star='s2']")).click();
        assertEquals("[\"s2\"]", js(driver, "return localStorage.getItem(arguments[0])", KEY_B));
        assertEquals(STORED, js(driver, "return localStorage.getItem(arguments[0])", KEY_A),
                "the first conference's key, byte for byte");
        driver.get("about:blank");
        open(engine, "index.html?src=fixtures/good.json#view=agenda", "ready");
        assertEquals(List.of("s2", "s4", "missing gone-9"), agenda(driver));
        assertEquals("[\"s2\"]", js(driver, "return localStorage.getItem(arguments[0])", KEY_B));
    }
}
