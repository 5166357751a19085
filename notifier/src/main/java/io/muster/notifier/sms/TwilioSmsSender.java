package io.muster.notifier.sms;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import io.muster.notifier.NotifierProperties;
import io.muster.notifier.delivery.ChannelSender;
import io.muster.notifier.delivery.DeliveryRequest;
import java.net.URI;
import org.springframework.stereotype.Component;

/** Sends alert SMS through Twilio's Messages API; Twilio reports delivery to the gateway's callback. */
@Component
class TwilioSmsSender implements ChannelSender {

    private final TwilioRestClient client;
    private final TwilioProperties twilio;
    private final NotifierProperties notifier;

    TwilioSmsSender(TwilioRestClient client, TwilioProperties twilio, NotifierProperties notifier) {
        this.client = client;
        this.twilio = twilio;
        this.notifier = notifier;
    }

    @Override
    public String channel() {
        return "SMS";
    }

    @Override
    public String provider() {
        return "twilio-sms";
    }

    @Override
    public String retryName() {
        return "twilio-sms";
    }

    @Override
    public String send(DeliveryRequest request, String address, int attempt) {
        try {
            return Message.creator(new PhoneNumber(address), new PhoneNumber(twilio.fromNumber()), SmsText.of(request))
                    .setStatusCallback(statusCallback(request, attempt))
                    .create(client)
                    .getSid();
        } catch (RuntimeException failure) {
            throw TwilioErrors.classify(failure);
        }
    }

    /**
     * The gateway validates Twilio's signature over exactly this URL. It names the whole context
     * of the notification because a callback can arrive before the gateway has indexed the request.
     */
    private URI statusCallback(DeliveryRequest request, int attempt) {
        String base = notifier.callbackBaseUrl().toString().replaceAll("/+$", "");
        return URI.create(base + "/webhooks/twilio/sms/status?notificationId=" + request.notificationId()
                + "&channel=SMS&attempt=" + attempt
                + "&incidentId=" + request.incidentId()
                + "&personId=" + request.personId()
                + "&exercise=" + request.exercise());
    }
}
