/**
 * How every Muster service's Kafka consumers ride out failures and crashes (docs/delivery-guarantees.md):
 * one classification ({@link io.muster.kafka.Failures}), one error handler that waits out outages and
 * dead-letters only what can never succeed, pauses instead of sleeps, short sessions and static membership,
 * and the broker's health component. Auto-configured; the services name none of it but the failure types.
 */
@NullMarked
package io.muster.kafka;

import org.jspecify.annotations.NullMarked;
