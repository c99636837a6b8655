package dev.trackside.browser;

import dev.trackside.view.Messages;
import dev.trackside.view.Msg;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.ajax.XMLHttpRequest;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Fetches a schedule document as text; reports failures as sentences a visitor can act on.
 *
 * <p>boot.js starts fetching the schedule while the engine downloads and compiles, and leaves the pending answer on
 * the viewer's root element; taking it saves the round trip (and a frame) that a request made only once the engine
 * runs would cost. Any other address is fetched here.
 */
final class ScheduleLoader {
    interface Callback {
        void loaded(String text);

        void failed(String message);
    }

    /** boot.js's answer: HTTP status (0 when the request failed), status text, body (null when it failed). */
    @JSFunctor
    interface Answer extends JSObject {
        void take(int status, String statusText, String text);
    }

    private ScheduleLoader() {
    }

    static void load(HTMLElement root, String url, Messages msg, Callback callback) {
        Answer answer = (status, statusText, text) -> {
            if (status == 0 || text == null) {
                callback.failed(msg.format(Msg.LOAD_NETWORK, url));
            } else if (status >= 200 && status < 300) {
                callback.loaded(text);
            } else {
                callback.failed(msg.format(Msg.LOAD_HTTP, url,
                        status + (statusText == null || statusText.isEmpty() ? "" : " " + statusText)));
            }
        };
        if (takePrefetched(root, url, answer)) {
            return;
        }
        XMLHttpRequest request = XMLHttpRequest.create();
        try {
            request.open("GET", url);
        } catch (RuntimeException e) {
            callback.failed(msg.format(Msg.LOAD_BAD_ADDRESS, url));
            return;
        }
        request.onLoad(event -> answer.take(request.getStatus(), request.getStatusText(), request.getResponseText()));
        request.onError(event -> answer.take(0, null, null));
        request.send();
    }

    /** Hands boot.js's fetch of {@code url}, if it made one, to {@code answer}; used once. */
    @JSBody(params = {"root", "url", "answer"}, script = "var p = root.tracksidePrefetch;"
            + "if (!p || p.url !== url) return false; root.tracksidePrefetch = null; p.take(answer); return true;")
    private static native boolean takePrefetched(HTMLElement root, String url, Answer answer);
}
