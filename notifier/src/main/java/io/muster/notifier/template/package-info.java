/** Channel texts per language and incident type, kept in resources and rendered with simple placeholders. */
@NullMarked
package io.muster.notifier.template;

import org.jspecify.annotations.NullMarked;
