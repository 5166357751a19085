/**
 * The append-only audit trail: every feature records what it did, who did it and when, in the
 * same transaction as the change itself, so the trail can never miss a committed change.
 */
@NullMarked
package io.muster.incident.audit;

import org.jspecify.annotations.NullMarked;
