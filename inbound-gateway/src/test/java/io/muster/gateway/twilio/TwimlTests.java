package io.muster.gateway.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import org.junit.jupiter.api.Test;

class TwimlTests {

    @Test
    void writesTheSameMessagingResponseAsTwilioJava() {
        String text = "Thank you. Recorded: SAFE for \"Fire\" at R&D <building 'A'> – ça va 😀.";

        String ours = Twiml.message(text);
        String twilios = new MessagingResponse.Builder()
                .message(new Message.Builder(text).build())
                .build()
                .toXml();

        assertThat(ours).isEqualTo(twilios);
    }

    @Test
    void replacesCharactersXmlCannotHold() {
        assertThat(Twiml.escaped("a\u0000b\u0007c\td")).isEqualTo("a\uFFFDb\uFFFDc\td");
    }
}
