package io.muster.incident;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The system of record for people, incidents, recipients and answers. All data access is JDBC:
 * HTTP handlers reach it off the event loop ({@code Jdbc.transactional}); consumers and the bulk
 * writes (fan-out, escalation, imports) run it on their own threads, where set-based statements and
 * COPY are simplest.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IncidentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(IncidentServiceApplication.class, args);
    }
}
