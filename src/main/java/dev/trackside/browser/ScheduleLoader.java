package dev.trackside.browser;

import dev.trackside.view.Messages;
import dev.trackside.view.Msg;
import org.teavm.jso.ajax.XMLHttpRequest;

/** Fetches a schedule document as text; reports failures as sentences a visitor can act on. */
final class ScheduleLoader {
    interface Callback {
        void loaded(String text);

        void failed(String message);
    }

    private ScheduleLoader() {
    }

    static void load(String url, Messages msg, Callback callback) {
        XMLHttpRequest request = XMLHttpRequest.create();
        try {
            request.open("GET", url);
        } catch (RuntimeException e) {
            callback.failed(msg.format(Msg.LOAD_BAD_ADDRESS, url));
            return;
        }
        request.onLoad(event -> {
            int status = request.getStatus();
            if (status >= 200 && status < 300) {
                callback.loaded(request.getResponseText());
            } else {
                String text = request.getStatusText();
                callback.failed(msg.format(Msg.LOAD_HTTP, url,
                        status + (text == null || text.isEmpty() ? "" : " " + text)));
            }
        });
        request.onError(event -> callback.failed(msg.format(Msg.LOAD_NETWORK, url)));
        request.send();
    }
}
