package io.muster.gateway.web;

import java.util.List;

/** A webhook that passed the signature check but lacks parameters the handler needs. */
public class MissingParametersException extends RuntimeException {

    private final List<String> missing;

    public MissingParametersException(List<String> missing) {
        super("Missing parameters: " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
