/**
 * Kafka plumbing shared by the features: topic names, declared topics, failure classification and the
 * dead-letter error handling. Features mark their outage exceptions {@link DependencyOutage}, so this
 * package, which every consumer depends on, names none of them.
 */
@NullMarked
package io.muster.notifier.kafka;

import io.muster.kafka.DependencyOutage;
import org.jspecify.annotations.NullMarked;
