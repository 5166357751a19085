package io.muster.notifier.twilio;

import io.muster.notifier.channel.DeliveryRequest;

/** The query naming a notification in status-callback URLs (docs/architecture.md). */
public final class CallbackContext {

    private CallbackContext() {}

    public static String of(DeliveryRequest request, String channel, int attempt) {
        return "notificationId=" + request.notificationId()
                + "&channel=" + channel
                + "&attempt=" + attempt
                + "&incidentId=" + request.incidentId()
                + "&personId=" + request.personId()
                + "&exercise=" + request.exercise();
    }
}
