package io.muster.incident.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A well-formed request naming things that do not exist (422, naming them). */
public class UnknownReferences extends ProblemException {

    private final Map<String, Object> unknown;

    public UnknownReferences(String slug, String title, String member, List<?> names) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, slug, title, title + ": " + names + ".");
        this.unknown = Map.of(member, List.copyOf(names));
    }

    @Override
    public Map<String, Object> properties() {
        return unknown;
    }
}
