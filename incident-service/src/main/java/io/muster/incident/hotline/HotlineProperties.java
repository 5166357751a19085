package io.muster.incident.hotline;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where hotline recordings may be fetched from, and with which credentials. Only the recordings of
 * one account are fetched, {@code {recordingBaseUrl}{accountSid}/Recordings/RE…}: never another
 * resource of the provider's API, never an address an event names elsewhere.
 *
 * @param recordingBaseUrl the provider's accounts root ({@code …/2010-04-01/Accounts/})
 * @param accountSid the account whose recordings may be fetched; unset, the {@code username}
 *     (Twilio's user name is the account SID unless an API key is used). Neither set: none is fetched
 * @param username the provider's credentials (from the environment, never logged)
 */
@Validated
@ConfigurationProperties("muster.hotline")
record HotlineProperties(
        @DefaultValue("http://127.0.0.1:8090/2010-04-01/Accounts/") @NotNull URI recordingBaseUrl,
        @Nullable String accountSid,
        @Nullable String username,
        @Nullable String password,
        @DefaultValue("30s") @NotNull Duration fetchTimeout) {

    @Nullable
    String account() {
        return accountSid == null || accountSid.isBlank() ? username : accountSid;
    }

    @Override
    public String toString() {
        return "HotlineProperties[recordingBaseUrl=" + recordingBaseUrl + ", account=" + account() + ", credentials="
                + (password == null ? "none" : "<redacted>") + "]";
    }
}
