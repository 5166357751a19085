package io.muster.simulator;

/**
 * What the application answered to a webhook the simulator sent on a phone's behalf: the last try's status
 * and body, and how many tries it took (more than one when the webhook was retried).
 */
public record WebhookResult(int status, String body, int attempts) {

    public WebhookResult(int status, String body) {
        this(status, body, 1);
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }
}
