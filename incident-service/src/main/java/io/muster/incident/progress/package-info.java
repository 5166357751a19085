/**
 * Progress: the curve of people reached and answered over time since the declaration, overall, per channel and
 * per level, beside the targets; drawn live in the console and in the after-action report.
 */
@NullMarked
package io.muster.incident.progress;

import org.jspecify.annotations.NullMarked;
