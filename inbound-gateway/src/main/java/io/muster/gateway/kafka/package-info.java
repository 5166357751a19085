/** Kafka plumbing: topic names, the topics this service declares, dead-lettering and acknowledged publishing. */
@NullMarked
package io.muster.gateway.kafka;

import org.jspecify.annotations.NullMarked;
