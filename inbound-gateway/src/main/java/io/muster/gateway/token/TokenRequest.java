package io.muster.gateway.token;

import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.incident.IncidentStatus;
import org.jspecify.annotations.Nullable;

/** The notification request an answer token stands for, if it still may be answered. */
public sealed interface TokenRequest {

    /**
     * A valid token of an indexed request: answers to it count. {@code incident} is what the incident topic told
     * of its incident (null if nothing yet); a closed one (closed within the late-answer window) takes late answers.
     */
    record Open(OpenRequest request, @Nullable IncidentStatus incident) implements TokenRequest {

        public boolean incidentClosed() {
            return incident != null && incident.closed();
        }
    }

    /** A valid token of a request whose incident closed longer ago than the late-answer window: no answer is taken. */
    record Closed(OpenRequest request, IncidentStatus incident) implements TokenRequest {}

    /** A genuine token past its expiry: too late to answer. */
    record Expired() implements TokenRequest {}

    /** Not our token, or one of a notification this gateway never indexed. */
    record Unknown() implements TokenRequest {}
}
