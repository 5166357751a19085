package io.muster.incident.preview;

import io.muster.messages.AlertTexts;
import io.muster.messages.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The messages module's alert composition (infra/messages), the same the notifier sends with. */
@Configuration(proxyBeanMethods = false)
class AlertTextsConfiguration {

    @Bean
    AlertTexts alertTexts() {
        return new AlertTexts(new Messages());
    }
}
