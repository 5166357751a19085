package io.muster.incident.kafka;

/**
 * A consumed record that no retry can fix (undecodable, unknown type, unknown notification): it
 * goes to the dead-letter topic at once, with this message as the reason.
 */
public class UndeliverableRecord extends RuntimeException {

    public UndeliverableRecord(String reason) {
        super(reason);
    }

    public UndeliverableRecord(String reason, Throwable cause) {
        super(reason, cause);
    }
}
