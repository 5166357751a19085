/**
 * The gateway's transactional outbox: events are stored with the webhook that caused them and
 * reach Kafka through a relay (several instances share the work with {@code FOR UPDATE SKIP LOCKED}).
 */
@NullMarked
package io.muster.gateway.outbox;

import org.jspecify.annotations.NullMarked;
