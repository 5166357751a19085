package io.muster.gateway.inbound;

/** A webhook to log: its kind, the provider's reference and its parameters as JSON. */
record Received(String kind, String reference, String params) {

    /** Kind and reference together: what makes a delivery a replay of another. */
    String key() {
        return key(kind, reference);
    }

    static String key(String kind, String reference) {
        return kind + '\n' + reference;
    }
}
