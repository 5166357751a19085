/** What a commander's console needs beyond the features' own APIs: who can take over command. */
@NullMarked
package io.muster.incident.command;

import org.jspecify.annotations.NullMarked;
