package io.muster.simulator;

import io.muster.simulator.twilio.ConnectionOverrides;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a simulator runs. {@code incomingNumbers} are the numbers people can call, each with its voice URL (Twilio's
 * IncomingPhoneNumber VoiceUrl); a call to any other number goes to {@code voiceWebhookUrl}. {@code inputTimeoutCap} caps how long a {@code <Gather>} or {@code <Record>} waits
 * (keeps tests fast); {@code inputWait} is how long {@code pressKeys}/{@code record} wait for a call to get
 * there; {@code keptResources} bounds the messages and calls kept for fetch and list; {@code
 * smsStatusCallbacks} off skips the sent/delivered callbacks of SMS (load tests that measure the sender,
 * not the application that receives the callbacks). {@code webhookDefaults} is how a webhook is retried when
 * its URL has no connection-override fragment (Twilio's defaults unless changed); {@code webhookRetries} off
 * tries every webhook once, whatever its URL asks for.
 */
public record SimulatorSettings(
        String host,
        int port,
        List<Account> accounts,
        String smsWebhookUrl,
        String voiceWebhookUrl,
        String messagingServiceNumber,
        Duration inputTimeoutCap,
        Duration inputWait,
        int keptResources,
        Map<String, String> incomingNumbers,
        boolean smsStatusCallbacks,
        ConnectionOverrides webhookDefaults,
        boolean webhookRetries) {

    public SimulatorSettings {
        Objects.requireNonNull(host, "host");
        accounts = List.copyOf(accounts);
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("at least one account is required");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        Objects.requireNonNull(inputTimeoutCap, "inputTimeoutCap");
        Objects.requireNonNull(inputWait, "inputWait");
        incomingNumbers = Map.copyOf(incomingNumbers);
        Objects.requireNonNull(webhookDefaults, "webhookDefaults");
    }

    /** The voice URL a call to {@code number} fetches: its incoming number's, else the default voice webhook. */
    public String voiceUrlFor(String number) {
        return incomingNumbers.getOrDefault(number, voiceWebhookUrl);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The account inbound SMS and calls are signed for. */
    public Account primaryAccount() {
        return accounts.getFirst();
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private final List<Account> accounts = new ArrayList<>();
        private String smsWebhookUrl;
        private String voiceWebhookUrl;
        private String messagingServiceNumber = "+15550009999";
        private Duration inputTimeoutCap = Duration.ofSeconds(60);
        private Duration inputWait = Duration.ofSeconds(5);
        private int keptResources = 20_000;
        private final Map<String, String> incomingNumbers = new LinkedHashMap<>();
        private boolean smsStatusCallbacks = true;
        private ConnectionOverrides webhookDefaults = ConnectionOverrides.TWILIO_DEFAULTS;
        private boolean webhookRetries = true;

        private Builder() {}

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder account(String sid, String authToken) {
            accounts.add(new Account(sid, authToken));
            return this;
        }

        public Builder smsWebhookUrl(String url) {
            this.smsWebhookUrl = url;
            return this;
        }

        public Builder voiceWebhookUrl(String url) {
            this.voiceWebhookUrl = url;
            return this;
        }

        /** The sender of messages created with a MessagingServiceSid instead of a From number. */
        public Builder messagingServiceNumber(String number) {
            this.messagingServiceNumber = number;
            return this;
        }

        public Builder inputTimeoutCap(Duration cap) {
            this.inputTimeoutCap = cap;
            return this;
        }

        public Builder inputWait(Duration wait) {
            this.inputWait = wait;
            return this;
        }

        public Builder keptResources(int count) {
            this.keptResources = count;
            return this;
        }

        /** A number people can call (e.g. the hotline) and the URL its calls fetch TwiML from. */
        public Builder incomingNumber(String number, String voiceUrl) {
            incomingNumbers.put(Objects.requireNonNull(number, "number"), Objects.requireNonNull(voiceUrl, "voiceUrl"));
            return this;
        }

        public Builder smsStatusCallbacks(boolean send) {
            this.smsStatusCallbacks = send;
            return this;
        }

        /**
         * How webhooks without a fragment of their own are retried: Twilio's defaults changed by {@code
         * overrides} in the fragment's syntax, e.g. {@code rc=3&rp=ct,5xx}.
         */
        public Builder webhookDefaults(String overrides) {
            this.webhookDefaults = ConnectionOverrides.TWILIO_DEFAULTS.with(overrides);
            return this;
        }

        /** Off: every webhook is tried once (tests that count each request the application gets). */
        public Builder webhookRetries(boolean retry) {
            this.webhookRetries = retry;
            return this;
        }

        public SimulatorSettings build() {
            return new SimulatorSettings(
                    host,
                    port,
                    accounts,
                    smsWebhookUrl,
                    voiceWebhookUrl,
                    messagingServiceNumber,
                    inputTimeoutCap,
                    inputWait,
                    keptResources,
                    incomingNumbers,
                    smsStatusCallbacks,
                    webhookDefaults,
                    webhookRetries);
        }
    }
}
