package dev.trackside.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;

/** Small browser facilities that JSO's typed APIs lack; each is a line or two of JavaScript. */
final class Js {
    private Js() {
    }

    /** The value of a query parameter of the page's URL, or {@code null}. */
    @JSBody(params = "name", script = "return new URLSearchParams(location.search).get(name);")
    static native String urlParameter(String name);

    /**
     * Takes away the page's first screen (written at build time, shown by first.js): what the viewer draws, in the same
     * task, replaces it, or its message does.
     */
    @JSBody(script = "document.documentElement.classList.remove('ts-first');")
    static native void dropFirstScreen();

    /** Marks a point on the page's performance timeline (read by the benchmark). */
    @JSBody(params = "name", script = "if (self.performance && performance.mark) performance.mark(name);")
    static native void mark(String name);

    @JSBody(params = "message", script = "console.error(message);")
    static native void consoleError(String message);

    @JSBody(script = "return document.documentElement.lang || '';")
    static native String documentLanguage();

    @JSBody(script = "return location.hash;")
    static native String hash();

    /** A new history entry for {@code hash} ("#" clears it), without a hashchange event. */
    @JSBody(params = "hash", script = "history.pushState(null, '', hash === '#' ? location.pathname + location.search"
            + " : hash);")
    static native void pushHash(String hash);

    /** Whether two handles are the same JavaScript object (Java's == compares the engine's wrappers). */
    @JSBody(params = {"a", "b"}, script = "return a === b;")
    static native boolean same(JSObject a, JSObject b);

    /** Replaces the current entry's hash: typing in the search box is not a step back. */
    @JSBody(params = "hash", script = "history.replaceState(null, '', hash === '#' ? location.pathname + "
            + "location.search : hash);")
    static native void replaceHash(String hash);

    @JSBody(script = "history.back();")
    static native void back();

    @JSBody(script = "return history.length;")
    static native int historyLength();

    /** The window's width; unlike the root's clientWidth it does not force a layout mid-render. */
    @JSBody(script = "return innerWidth;")
    static native int viewportWidth();

    /** The element an embed's viewer lives in (the custom element hosting its shadow root), else {@code root}. */
    @JSBody(params = "root", script = "var node = root.getRootNode(); return node && node.host ? node.host : root;")
    static native HTMLElement host(HTMLElement root);

    /** {@code element}'s width in CSS pixels; the window's when it is not laid out yet (0 wide). */
    @JSBody(params = "element", script = "var width = element.getBoundingClientRect().width;"
            + "return width > 0 ? Math.round(width) : innerWidth;")
    static native int width(HTMLElement element);

    /** Calls {@code task} when the width of {@code element} changes (not for the first observation). */
    @JSBody(params = {"element", "task"}, script = "if (!self.ResizeObserver) return; var last = -1;"
            + "new ResizeObserver(function (entries) { var width = Math.round(entries[0].contentRect.width);"
            + "  if (last >= 0 && width !== last) task(); last = width; }).observe(element);")
    static native void onResize(HTMLElement element, Task task);

    /** The window's height, read as {@link #viewportWidth()} is. */
    @JSBody(script = "return innerHeight;")
    static native int viewportHeight();

    @JSBody(script = "return Date.now();")
    static native double nowMillis();

    @JSBody(params = {"element", "selector"}, script = "return element && element.closest ? element.closest(selector)"
            + " : null;")
    static native Element closest(Element element, String selector);

    @JSBody(params = "element", script = "element.scrollIntoView({block: 'center', inline: 'nearest'});")
    static native void scrollIntoView(Element element);

    @JSBody(params = "element", script = "return element.isConnected;")
    static native boolean isConnected(Element element);

    /** The link of session {@code id} inside {@code host}, found by attribute value without building a selector. */
    @JSBody(params = {"host", "id"}, script = "var all = host.querySelectorAll('[data-session-id]');"
            + "for (var i = 0; i < all.length; i++) { if (all[i].getAttribute('data-session-id') === id) return all[i]; }"
            + "return null;")
    static native Element findSession(Element host, String id);

    /** Says {@code text} through a live region without changing what it shows for long. */
    @JSBody(params = {"region", "text"}, script = "var old = region.textContent; region.textContent = text;"
            + "setTimeout(function () { if (region.textContent === text) region.textContent = old; }, 4000);")
    static native void announce(Element region, String text);

    /** localStorage, or null where it is blocked (file://, privacy settings) or the key is absent. */
    @JSBody(params = "key", script = "try { return localStorage.getItem(key); } catch (e) { return null; }")
    static native String load(String key);

    /** Stores or (null) removes a value; false where storage is blocked or full. */
    @JSBody(params = {"key", "value"}, script = "try { if (value === null) localStorage.removeItem(key);"
            + " else localStorage.setItem(key, value); return true; } catch (e) { return false; }")
    static native boolean save(String key, String value);

    /** A callback from JavaScript with no arguments. */
    @org.teavm.jso.JSFunctor
    interface Task extends org.teavm.jso.JSObject {
        void run();
    }

    /** Runs {@code task} once the next frame has been rendered, i.e. after what is on screen now is painted. */
    @JSBody(params = "task", script = "requestAnimationFrame(function () { setTimeout(task, 0); });")
    static native void afterNextFrame(Task task);

    /** Offers {@code text} as a file download (a Blob URL: works from file:// and under a strict CSP). */
    @JSBody(params = {"text", "name", "type"}, script = "var url = URL.createObjectURL(new Blob([text], {type: type}));"
            + "var a = document.createElement('a'); a.href = url; a.download = name; a.hidden = true;"
            + "document.body.appendChild(a); a.click(); a.remove();"
            + "setTimeout(function () { URL.revokeObjectURL(url); }, 60000);")
    static native void download(String text, String name, String type);

    /** The page's address. */
    @JSBody(script = "return location.href;")
    static native String pageUrl();

    @JSBody(params = "input", script = "input.select();")
    static native void select(org.teavm.jso.dom.html.HTMLElement input);

    /** Copies {@code text} where the browser allows it (secure pages); false where it cannot. */
    @JSBody(params = "text", script = "if (!navigator.clipboard || !isSecureContext) return false;"
            + "navigator.clipboard.writeText(text).then(null, function () {}); return true;")
    static native boolean copy(String text);

    /**
     * Hands the viewer at {@code root}, which has drawn nothing yet, to the JS engine with its document
     * (engine.js's {@code handOver}): a wasm engine does so with what only Gson's reader reads exactly.
     */
    @JSBody(params = {"root", "url", "text"}, script = "self.Trackside.handOver(root, url, text);")
    static native void handOver(HTMLElement root, String url, String text);
}
