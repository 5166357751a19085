package io.muster.notifier.wording;

import io.muster.messages.Alert;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.DeliveryRequest.AlternateSite;

/** A delivery request as the messages module's {@link Alert}: what its texts are made of. */
public final class Alerts {

    private Alerts() {}

    /** The alert of {@code request}, answered at {@code link} (unused when it asks nothing). */
    public static Alert of(DeliveryRequest request, String link) {
        AlternateSite site = request.alternateSite();
        return new Alert(
                request.locale(),
                request.incidentType(),
                request.purpose(),
                request.subject(),
                request.body(),
                request.exercise(),
                request.lifeSafety(),
                site == null ? null : new Alert.AlternateSite(site.site(), site.name(), site.address()),
                request.replyOptions().stream()
                        .map(option -> new Alert.Option(option.key(), option.answer(), option.label()))
                        .toList(),
                request.replyCode(),
                link);
    }
}
