/** The web answer page: a person follows the link in an alert and answers without logging in. */
@NullMarked
package io.muster.gateway.answer;

import org.jspecify.annotations.NullMarked;
