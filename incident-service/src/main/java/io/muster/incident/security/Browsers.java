package io.muster.incident.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** Tells a browser's request from a script's (curl, a client library), by the headers only browsers send. */
final class Browsers {

    private Browsers() {}

    static boolean isBrowser(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        return headers.containsHeader("X-Requested-With")
                || headers.containsHeader("Sec-Fetch-Mode")
                || headers.containsHeader("Sec-Fetch-Site")
                || headers.containsHeader(HttpHeaders.ORIGIN)
                || acceptsPages(headers);
    }

    private static boolean acceptsPages(HttpHeaders headers) {
        try {
            return headers.getAccept().stream()
                    .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
        } catch (InvalidMediaTypeException e) {
            return false; // no browser sends an Accept it cannot read
        }
    }
}
