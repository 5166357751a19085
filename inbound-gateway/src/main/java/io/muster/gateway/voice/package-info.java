/** Voice calls: the TwiML a called person hears, the keypad menu and its answers. */
@NullMarked
package io.muster.gateway.voice;

import org.jspecify.annotations.NullMarked;
