/**
 * What the service says while a dependency is away: 503 problems with Retry-After instead of hung
 * or failed requests, and health that names the dependency (PostgreSQL, Kafka).
 */
@NullMarked
package io.muster.incident.availability;

import org.jspecify.annotations.NullMarked;
