/**
 * Scenarios: alerts prepared in advance (texts per language, audience, status update, draft statement),
 * versioned, approved and audited, launched in one tap from the console, the API or the hotline.
 */
@NullMarked
package io.muster.incident.scenario;

import org.jspecify.annotations.NullMarked;
