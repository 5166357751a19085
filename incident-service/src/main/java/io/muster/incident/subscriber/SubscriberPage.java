package io.muster.incident.subscriber;

import com.samskivert.mustache.Template;
import io.muster.incident.publicstatus.PublicPageLook;
import java.util.Map;

/** The small page that answers a sign-up, a confirmation or an unsubscribe link ({@code templates/subscriber.mustache}). */
final class SubscriberPage {

    private static final Template PAGE = PublicPageLook.template("subscriber");

    private SubscriberPage() {}

    static String html(String title, String text) {
        return PAGE.execute(Map.of("title", title, "text", text, "style", PublicPageLook.STYLE));
    }
}
