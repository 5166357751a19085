/**
 * Prometheus metrics, the same in every service: the registry (Micrometer), the scrape at
 * {@code /actuator/prometheus} guarded by a scrape token, an {@code application} tag on every meter,
 * and gauges sampled from the database on a thread of their own, so a scrape never waits on
 * PostgreSQL. Adding this module to a service is all it takes (auto-configuration).
 */
package io.muster.metrics;
