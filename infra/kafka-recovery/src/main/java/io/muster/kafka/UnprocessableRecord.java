package io.muster.kafka;

/**
 * A record that can never be processed, however often it is retried (undecodable or invalid):
 * the error handler sends it to the dead-letter topic at once, with this message as the reason.
 */
public class UnprocessableRecord extends RuntimeException {

    public UnprocessableRecord(String reason) {
        super(reason);
    }

    public UnprocessableRecord(String reason, Throwable cause) {
        super(reason, cause);
    }
}
