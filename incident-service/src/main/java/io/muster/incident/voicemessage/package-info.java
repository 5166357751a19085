/**
 * Voice messages colleagues leave each other on the hotline: the gateway records and plays them; here each
 * is kept with its incident, audited, and its recipient told once that it waits.
 */
@NullMarked
package io.muster.incident.voicemessage;

import org.jspecify.annotations.NullMarked;
