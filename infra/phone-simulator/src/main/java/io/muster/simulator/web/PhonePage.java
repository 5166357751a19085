package io.muster.simulator.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.muster.simulator.PhoneMessage;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.PhoneSummary;
import io.muster.simulator.http.HttpIo;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /}: every phone with its latest entries and small forms to reply by SMS and press a key. It
 * reloads itself every few seconds unless someone is typing. All text is HTML-escaped.
 */
public final class PhonePage implements HttpHandler {

    private static final int PHONES_SHOWN = 200;
    private static final int ENTRIES_SHOWN = 10;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final PhoneSimulator sim;

    public PhonePage(PhoneSimulator sim) {
        this.sim = sim;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals("/")) {
                HttpIo.json(exchange, 404, Map.of("error", "no such page"));
                return;
            }
            HttpIo.send(exchange, 200, "text/html; charset=utf-8", render().getBytes(StandardCharsets.UTF_8));
        }
    }

    String render() {
        List<PhoneSummary> phones = sim.phones();
        StringBuilder html = new StringBuilder(HEAD);
        html.append("<h1>Phones <small>(").append(phones.size()).append(")</small></h1>");
        html.append("<p class=stats>")
                .append(Html.escape(sim.stats().toString()))
                .append("</p>");
        if (phones.isEmpty()) {
            html.append("<p>No phone has received anything yet.</p>");
        }
        phones.stream().limit(PHONES_SHOWN).forEach(phone -> phone(html, phone));
        return html.append("</body></html>").toString();
    }

    private void phone(StringBuilder html, PhoneSummary phone) {
        String action = "/sim/phones/" + URLEncoder.encode(phone.number(), StandardCharsets.UTF_8);
        html.append("<section><h2>")
                .append(Html.escape(phone.number()))
                .append(" <small>")
                .append(phone.received())
                .append(" received</small></h2><ul>");
        List<PhoneMessage> inbox = sim.inbox(phone.number());
        inbox.reversed().stream().limit(ENTRIES_SHOWN).forEach(entry -> html.append("<li><b>")
                .append(entry.kind() == PhoneMessage.Kind.SMS ? "SMS" : "Call")
                .append("</b> ")
                .append(TIME.format(entry.at()))
                .append(" from ")
                .append(Html.escape(entry.from()))
                .append(": ")
                .append(Html.escape(entry.body()))
                .append("</li>"));
        html.append("</ul>")
                .append(form(action + "/sms", "body", "Reply by SMS"))
                .append(form(action + "/keypad", "digits", "Press keys"))
                .append("</section>");
    }

    private static String form(String action, String field, String label) {
        return "<form method=post action=\"" + Html.escape(action) + "\"><input name=" + field
                + " required aria-label=\"" + label + "\" placeholder=\"" + label + "\"><button>" + label
                + "</button></form>";
    }

    private static final String HEAD =
            """
            <!doctype html><html lang=en><head><meta charset=utf-8>
            <meta name=viewport content="width=device-width, initial-scale=1">
            <title>Muster phone simulator</title>
            <noscript><meta http-equiv=refresh content=5></noscript>
            <style>body{font-family:system-ui,sans-serif;margin:1em;max-width:48em}section{border:1px solid #ccc;
            border-radius:8px;padding:.5em 1em;margin:.8em 0}h2{font-size:1.1em}ul{padding-left:1.2em}
            form{display:inline-block;margin:.2em}input{width:8em}small,.stats{color:#666}</style>
            <script>setInterval(function(){var a=document.activeElement;
            if(!a||a.tagName!=='INPUT'){location.reload();}},4000);</script>
            </head><body>
            """;
}
