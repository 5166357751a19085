package io.muster.gateway.inbound;

/** What kind of webhook an inbound log entry records; with the provider reference it identifies a replay. */
public enum InboundKind {
    SMS_REPLY,
    SMS_STATUS,
    VOICE_GATHER,
    VOICE_STATUS,
    EMAIL,
    WEB_ANSWER
}
