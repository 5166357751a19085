/** External statements: drafts with every version kept, second-person approval, publication by the designated spokesperson. */
@NullMarked
package io.muster.incident.statement;

import org.jspecify.annotations.NullMarked;
