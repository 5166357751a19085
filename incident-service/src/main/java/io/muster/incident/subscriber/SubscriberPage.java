package io.muster.incident.subscriber;

import io.muster.incident.publicstatus.PublicPageLook;

/** The small page that answers a sign-up, a confirmation or an unsubscribe link. */
final class SubscriberPage {

    private SubscriberPage() {}

    static String html(String title, String text) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title><style>" + PublicPageLook.STYLE + "</style></head><body>"
                + "<header class=\"top\"><span class=\"brand\">Muster</span></header><main><h1>" + title + "</h1><p>"
                + text + "</p><p><a href=\"/status\">Status page</a></p></main></body></html>";
    }
}
