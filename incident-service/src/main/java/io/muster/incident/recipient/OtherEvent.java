package io.muster.incident.recipient;

import tools.jackson.databind.JsonNode;

/**
 * A record on the replies topic of a type this package does not read itself: another feature's event (a hotline
 * message, a voice message: {@link RepliesTopicReader}) or a type nobody here knows (the topic may carry new ones;
 * they are counted and skipped).
 */
record OtherEvent(String type, JsonNode event) implements ConsumedEvent {}
