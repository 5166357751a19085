/** Kafka plumbing shared by the features: topic names, declared topics and the dead-letter error handling. */
@NullMarked
package io.muster.notifier.kafka;

import org.jspecify.annotations.NullMarked;
