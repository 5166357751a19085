/** The incident service: people, incidents, recipients and answers, published through an outbox. */
@NullMarked
package io.muster.incident;

import org.jspecify.annotations.NullMarked;
