/** What happened to each recipient: deliveries and answers consumed from Kafka, history and counts. */
@NullMarked
package io.muster.incident.recipient;

import org.jspecify.annotations.NullMarked;
