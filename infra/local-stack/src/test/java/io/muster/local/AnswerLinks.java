package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer link of an alert, opened in a browser: the page is read (each view carries a submission id of
 * its own) and one of its buttons pressed, as a person on their phone does.
 */
final class AnswerLinks {

    private static final Pattern SUBMISSION = Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The page as it opens (200 expected). */
    String open(String link) {
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(URI.create(link)).GET().build());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    /** Opens the page and presses the button of {@code answer}; returns the page that follows (200 expected). */
    String answer(String link, String answer) {
        return submit(link, form(link, answer));
    }

    /** Opens the page and presses the button twice (the browser sends the same form again); returns the last page. */
    String doubleTap(String link, String answer) {
        String form = form(link, answer);
        submit(link, form);
        return submit(link, form);
    }

    private String form(String link, String answer) {
        Matcher submission = SUBMISSION.matcher(open(link));
        assertThat(submission.find()).as("a form on " + link).isTrue();
        return "submission=" + submission.group(1) + "&location=&comment=&answer="
                + URLEncoder.encode(answer, StandardCharsets.UTF_8);
    }

    private String submit(String link, String form) {
        HttpResponse<String> thanks = send(HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertThat(thanks.statusCode()).as(thanks.body()).isEqualTo(200);
        return thanks.body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
