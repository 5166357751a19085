/** Call-outs: ask everyone with a role "can you come?", stop at N yes answers, release the rest, tell the yes-sayers where to report. */
@NullMarked
package io.muster.incident.callout;

import org.jspecify.annotations.NullMarked;
