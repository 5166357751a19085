/** Topic names, topic declarations and the dead-letter policy shared by the service's Kafka clients. */
@NullMarked
package io.muster.incident.kafka;

import org.jspecify.annotations.NullMarked;
