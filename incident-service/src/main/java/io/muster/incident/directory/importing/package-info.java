/** Importing the directory from CSV: validated in Java, written set-based in one transaction. */
@NullMarked
package io.muster.incident.directory.importing;

import org.jspecify.annotations.NullMarked;
