package dev.trackside.browser;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Where a viewer keeps its {@link dev.trackside.view.ViewState}: the page's URL hash (the hosted page, and an embed
 * that asks for it with {@code hash}), or memory (every other embed, so that several viewers on one page and the
 * host page's own links do not fight over one hash). Only the hosted page also reads the URL's query parameters
 * ({@code ?src=}, {@code ?lang=}, …) and sets the document's title: an embed's host page owns those.
 */
abstract class Address {
    /** An embed's first view in hash form ("view=list&day=…", from its attributes), or null. */
    private final String initial;

    Address(String initial) {
        this.initial = initial;
    }

    /** What to show first: the hash, or the embed's initial view when the hash names no state. */
    final String first() {
        String hash = hash();
        return initial != null && hash.indexOf('=') < 0 ? initial : hash;
    }

    /** The state as a hash ("#view=list…"; "" for none). */
    abstract String hash();

    /** A new entry: a step the back button undoes. */
    abstract void push(String hash);

    /** The current entry changes (typing a search is not a step back). */
    abstract void replace(String hash);

    /** Goes one entry back if there is one to go to (the change arrives through {@link #listen}); else false. */
    abstract boolean back();

    /** Calls {@code change} when the state changes from outside the viewer (back, forward, an edited URL). */
    abstract void listen(Runnable change);

    /** A query parameter of the page's URL, for the hosted page only; null otherwise. */
    String parameter(String name) {
        return null;
    }

    /** The document's title, set by the hosted page only. */
    void title(String title) {
    }

    /**
     * The address for the viewer at {@code root}: an embed's root carries {@code data-embed} (and {@code data-hash}
     * when it owns the hash), the hosted page's neither. An embed's first view is {@code data-initial}.
     */
    static Address of(HTMLElement root) {
        boolean embed = root.hasAttribute("data-embed");
        String initial = root.getAttribute("data-initial");
        if (!embed) {
            return new Hash(true, null);
        }
        return root.hasAttribute("data-hash") ? new Hash(false, initial) : new Memory(initial);
    }

    /** The URL hash, with history entries. */
    private static final class Hash extends Address {
        private final boolean page;

        Hash(boolean page, String initial) {
            super(initial);
            this.page = page;
        }

        @Override
        String hash() {
            return Js.hash();
        }

        @Override
        void push(String hash) {
            Js.pushHash(hash);
        }

        @Override
        void replace(String hash) {
            Js.replaceHash(hash);
        }

        @Override
        boolean back() {
            if (Js.historyLength() <= 1) {
                return false;
            }
            Js.back(); // popstate applies the state
            return true;
        }

        @Override
        void listen(Runnable change) {
            Window.current().addEventListener("hashchange", event -> change.run());
            Window.current().addEventListener("popstate", event -> change.run());
        }

        @Override
        String parameter(String name) {
            return page ? Js.urlParameter(name) : null;
        }

        @Override
        void title(String title) {
            if (page) {
                Dom.setTitle(title);
            }
        }
    }

    /** In memory: no history, so closing the detail navigates instead of going back. */
    private static final class Memory extends Address {
        private String hash;

        Memory(String initial) {
            super(initial);
            this.hash = "";
        }

        @Override
        String hash() {
            return hash;
        }

        @Override
        void push(String next) {
            hash = next;
        }

        @Override
        void replace(String next) {
            hash = next;
        }

        @Override
        boolean back() {
            return false;
        }

        @Override
        void listen(Runnable change) {
            // nothing changes a viewer's memory but the viewer
        }
    }
}
