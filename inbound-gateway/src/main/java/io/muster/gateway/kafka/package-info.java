/**
 * Kafka plumbing: topic names, the topics this service declares, dead-lettering and acknowledged publishing.
 *
 * <p>The gateway's listeners block their container thread (never an event loop) on the R2DBC write and return
 * {@code void}, so a record's offset commits only once its row is stored and the records of a partition are
 * stored in order. They do not return a {@code Mono} (Spring Kafka's async returns, acked on completion): with
 * an async return the container hands the listener every record of a poll before the first one completes, so two
 * events of one key (an incident declared then closed, two PIN changes of one person) reach the database at once
 * and in any order; and in Spring Kafka 4.0.6, when two records of one partition fail in one poll (any database
 * outage), the error handler's seek to the later one overrides the seek to the earlier one, and the earlier record
 * is never retried (spring-kafka GH-4504, fixed in 4.0.7): a record lost, where blocking waits the outage out. A
 * listener thread blocked on the database is what the pausing error handler expects anyway.
 */
@NullMarked
package io.muster.gateway.kafka;

import org.jspecify.annotations.NullMarked;
