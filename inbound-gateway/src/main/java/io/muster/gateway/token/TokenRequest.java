package io.muster.gateway.token;

import io.muster.gateway.correlation.OpenRequest;

/** The notification request an answer token stands for, if it still may be answered. */
public sealed interface TokenRequest {

    /** A valid token of an indexed request: answers to it count. */
    record Open(OpenRequest request) implements TokenRequest {}

    /** A genuine token past its expiry: too late to answer. */
    record Expired() implements TokenRequest {}

    /** Not our token, or one of a notification this gateway never indexed. */
    record Unknown() implements TokenRequest {}
}
