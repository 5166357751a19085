package io.muster.gateway;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The edge for everything that comes back from providers: webhooks, replies, delivery receipts. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InboundGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(InboundGatewayApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
