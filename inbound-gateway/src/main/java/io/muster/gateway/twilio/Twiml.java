package io.muster.gateway.twilio;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** TwiML answers: Twilio always gets TwiML back, so the sender sees a reply instead of silence. */
public final class Twiml {

    private Twiml() {}

    /** A messaging response that texts {@code text} back to the sender. */
    public static ResponseEntity<String> message(String text) {
        var response = new MessagingResponse.Builder()
                .message(new Message.Builder(text).build())
                .build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(response.toXml());
    }
}
