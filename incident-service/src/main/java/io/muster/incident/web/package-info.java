/**
 * The HTTP edge every endpoint shares: errors as RFC 9457 problem details with
 * {@code urn:muster:problem:<slug>} types, the one rule for text in requests (no control
 * characters), the server's timeouts for slow clients, and CSV fields safe for spreadsheets.
 */
@NullMarked
package io.muster.incident.web;

import org.jspecify.annotations.NullMarked;
