/** Health that names the dependency that is down (PostgreSQL, Kafka). */
@NullMarked
package io.muster.notifier.availability;

import org.jspecify.annotations.NullMarked;
