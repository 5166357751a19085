/** The transactional outbox: rows written with a state change, relayed to Kafka at least once. */
@NullMarked
package io.muster.incident.outbox;

import org.jspecify.annotations.NullMarked;
