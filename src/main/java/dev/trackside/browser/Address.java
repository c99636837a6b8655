package dev.trackside.browser;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Where a viewer keeps its {@link dev.trackside.view.ViewState}: the page's URL hash (the hosted page, and an embed
 * that asks for it with {@code hash}), or memory (every other embed, so that several viewers on one page and the
 * host page's own links do not fight over one hash). Only the hosted page also reads the URL's query parameters
 * ({@code ?src=}, {@code ?lang=}, …) and sets the document's title: an embed's host page owns those.
 *
 * <p>One class with two modes rather than two subclasses: measured smaller in the wasm engine.
 */
final class Address {
    /** The hosted page: query parameters and title too. */
    private final boolean page;
    /** The state in memory, or null when it is in the URL hash. */
    private String memory;
    private static final int TYPING_PAUSE_MS = 250;
    /** A hash waiting for typing to pause ({@link #replaceSoon}), and its timer. */
    private String pending;
    private int timer;
    /** An embed's first view in hash form ("view=list&day=…", from its attributes), or null. */
    private final String initial;

    private Address(boolean page, String memory, String initial) {
        this.page = page;
        this.memory = memory;
        this.initial = initial;
    }

    /**
     * The address for the viewer at {@code root}: an embed's root carries {@code data-embed} (and {@code data-hash}
     * when it owns the hash), the hosted page's neither. An embed's first view is {@code data-initial}.
     */
    static Address of(HTMLElement root) {
        boolean embed = root.hasAttribute("data-embed");
        return new Address(!embed, embed && !root.hasAttribute("data-hash") ? "" : null,
                root.getAttribute("data-initial"));
    }

    /** The state as a hash ("#view=list…"; "" for none). */
    String hash() {
        return memory != null ? memory : Js.hash();
    }

    /** What to show first: the hash, or the embed's initial view when the hash names no state. */
    String first() {
        String hash = hash();
        return initial != null && hash.indexOf('=') < 0 ? initial : hash;
    }

    /** A new entry: a step the back button undoes. */
    void push(String hash) {
        if (memory != null) {
            memory = hash;
        } else {
            flush();
            Js.pushHash(hash);
        }
    }

    /**
     * The current entry changes as the visitor types: in the URL, once typing pauses ({@code history.replaceState}
     * took a fifth of a keystroke's work, and only the last text matters). A pending write goes out before any new
     * entry, so Back returns to the searched state, and is dropped when the visitor moves through history meanwhile.
     */
    void replaceSoon(String hash) {
        if (memory != null) {
            memory = hash;
            return;
        }
        cancel();
        pending = hash;
        timer = Window.setTimeout(this::flush, TYPING_PAUSE_MS);
    }

    private void flush() {
        String hash = pending;
        cancel();
        if (hash != null) {
            Js.replaceHash(hash);
        }
    }

    private void cancel() {
        if (timer != 0) {
            Window.clearTimeout(timer);
        }
        timer = 0;
        pending = null;
    }

    /**
     * Goes one entry back if there is one to go to (the change arrives through {@link #listen}); else false. Memory
     * keeps no history: closing the detail navigates instead.
     */
    boolean back() {
        if (memory != null || Js.historyLength() <= 1) {
            return false;
        }
        Js.back(); // popstate applies the state
        return true;
    }

    /** Calls {@code change} when the state changes from outside the viewer (back, forward, an edited URL). */
    void listen(Runnable change) {
        if (memory == null) {
            Window.current().addEventListener("hashchange", event -> {
                cancel();
                change.run();
            });
            Window.current().addEventListener("popstate", event -> {
                cancel();
                change.run();
            });
        }
    }

    /** Whether this is the hosted page's viewer (not an embed). */
    boolean isPage() {
        return page;
    }

    /** A query parameter of the page's URL, for the hosted page only; null otherwise. */
    String parameter(String name) {
        return page ? Js.urlParameter(name) : null;
    }

    /** The document's title, set by the hosted page only. */
    void title(String title) {
        if (page) {
            Dom.setTitle(title);
        }
    }
}
