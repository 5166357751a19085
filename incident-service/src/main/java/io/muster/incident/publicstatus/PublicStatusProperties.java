package io.muster.incident.publicstatus;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The public status page and feeds: the externally visible base URL (links in the feed, CAP and
 * mails), the CAP sender id (no spaces, commas, {@code <} or {@code &}, as CAP requires), the
 * organisation's name and how many statements the page and feeds show.
 */
@Validated
@ConfigurationProperties("muster.public-status")
public record PublicStatusProperties(
        @DefaultValue("http://localhost:8080") @NotBlank String baseUrl,
        @DefaultValue("status@muster.example.org") @Pattern(regexp = "[^\\s,<&]+") String capSender,
        @DefaultValue("Muster") @NotBlank String organisation,
        @DefaultValue("50") @Min(1) @Max(500) int pageSize) {

    public String statusUrl() {
        return baseUrl.replaceAll("/+$", "") + "/status";
    }
}
