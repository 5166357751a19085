package io.muster.notifier.wording;

import io.muster.messages.AlertTexts;
import io.muster.messages.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The messages module's renderer and alert composition, as beans for the SMS and email senders. */
@Configuration(proxyBeanMethods = false)
class AlertTextsConfiguration {

    @Bean
    Messages messages() {
        return new Messages();
    }

    @Bean
    AlertTexts alertTexts(Messages messages) {
        return new AlertTexts(messages);
    }
}
