package dev.trackside.browser;

import org.teavm.jso.ajax.XMLHttpRequest;

/** Fetches a schedule document as text; reports failures as sentences a visitor can act on. */
final class ScheduleLoader {
    interface Callback {
        void loaded(String text);

        void failed(String message);
    }

    private ScheduleLoader() {
    }

    static void load(String url, Callback callback) {
        XMLHttpRequest request = XMLHttpRequest.create();
        try {
            request.open("GET", url);
        } catch (RuntimeException e) {
            callback.failed("Could not load the schedule from " + url + ": the address is not valid.");
            return;
        }
        request.onLoad(event -> {
            int status = request.getStatus();
            if (status >= 200 && status < 300) {
                callback.loaded(request.getResponseText());
            } else {
                String text = request.getStatusText();
                callback.failed("Could not load the schedule from " + url + ": the server answered HTTP " + status
                        + (text == null || text.isEmpty() ? "" : " " + text) + ".");
            }
        });
        request.onError(event -> callback.failed("Could not load the schedule from " + url
                + ": the request failed (network error, or the server does not allow this page to read it)."));
        request.send();
    }
}
