package io.muster.simulator;

/** What the application answered to a webhook the simulator sent on a phone's behalf. */
public record WebhookResult(int status, String body) {

    public boolean successful() {
        return status >= 200 && status < 300;
    }
}
