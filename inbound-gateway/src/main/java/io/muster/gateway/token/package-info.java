/** Answer tokens: the signed, expiring bearer tokens that let a person answer by call, email or web page. */
@NullMarked
package io.muster.gateway.token;

import org.jspecify.annotations.NullMarked;
