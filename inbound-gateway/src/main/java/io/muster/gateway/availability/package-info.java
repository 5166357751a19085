/** Health that names the dependency that is down (PostgreSQL, Kafka) and recovers as soon as it is back. */
@NullMarked
package io.muster.gateway.availability;

import org.jspecify.annotations.NullMarked;
