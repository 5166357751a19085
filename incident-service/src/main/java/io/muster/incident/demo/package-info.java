/** Demo data for local runs and drills: two sites, fifty people, one user per role. Off by default. */
@NullMarked
package io.muster.incident.demo;

import org.jspecify.annotations.NullMarked;
