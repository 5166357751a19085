/** The incidents the gateway hears of on the incident topic: which are open and their latest internal update. */
@NullMarked
package io.muster.gateway.incident;

import org.jspecify.annotations.NullMarked;
