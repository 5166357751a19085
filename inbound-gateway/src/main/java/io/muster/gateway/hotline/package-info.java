/** The call-in hotline: identifies the caller, reads the latest update, takes their state and their message. */
@NullMarked
package io.muster.gateway.hotline;

import org.jspecify.annotations.NullMarked;
