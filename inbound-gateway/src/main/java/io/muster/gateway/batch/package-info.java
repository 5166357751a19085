/** Group commit: many callers' single-row statements written as one statement per batch. */
@NullMarked
package io.muster.gateway.batch;

import org.jspecify.annotations.NullMarked;
