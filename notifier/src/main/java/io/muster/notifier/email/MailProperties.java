package io.muster.notifier.email;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The sender of alert emails; the SMTP server itself is configured under spring.mail. */
@Validated
@ConfigurationProperties("muster.mail")
record MailProperties(@DefaultValue("alerts@muster.local") @NotBlank @Email String from) {}
