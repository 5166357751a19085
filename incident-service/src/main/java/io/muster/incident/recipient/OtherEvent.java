package io.muster.incident.recipient;

/**
 * A record on the replies topic that this listener leaves alone: a HotlineMessageRecorded (another
 * listener handles it) or a type it does not know (the topic may carry new ones; they are counted).
 */
record SkippedEvent(String type) implements ConsumedEvent {}
