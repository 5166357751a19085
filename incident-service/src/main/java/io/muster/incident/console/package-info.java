/**
 * The web console: static pages served from {@code classpath:/static/console} that call the same
 * authorised API as everyone else, and the one endpoint they need to know who signed in.
 */
@NullMarked
package io.muster.incident.console;

import org.jspecify.annotations.NullMarked;
