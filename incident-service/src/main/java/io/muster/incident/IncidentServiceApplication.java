package io.muster.incident;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The system of record for people, incidents, recipients and answers. HTTP reads and consumed
 * events use R2DBC; the bulk writes (fan-out, escalation, imports) use JDBC on virtual threads,
 * where set-based statements and COPY are simplest.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IncidentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(IncidentServiceApplication.class, args);
    }
}
