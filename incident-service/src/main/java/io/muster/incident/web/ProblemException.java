package io.muster.incident.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** A failure the API reports as a problem of its own type ({@code urn:muster:problem:<slug>}). */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;

    protected ProblemException(HttpStatus status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** Extra members of the problem document, such as the ids that were not found. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
