/** Call trees: ordered levels of roles with waits and quorums, their API and their dry-run. */
@NullMarked
package io.muster.incident.calltree;

import org.jspecify.annotations.NullMarked;
