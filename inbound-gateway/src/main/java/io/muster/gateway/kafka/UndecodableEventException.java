package io.muster.gateway.kafka;

/** A record that can never be processed as it is (bad JSON, missing identifiers): it goes to the DLT at once. */
public class UndecodableEventException extends RuntimeException {

    public UndecodableEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public UndecodableEventException(String message) {
        super(message);
    }
}
