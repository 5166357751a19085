/**
 * The one home for the words people receive: one bundle per language
 * ({@code messages_<language>.properties}), the language rule, the renderer, the composition of alert SMS
 * and email, and the SMS segment counter. The notifier sends these texts; the incident-service previews them.
 */
@NullMarked
package io.muster.messages;

import org.jspecify.annotations.NullMarked;
