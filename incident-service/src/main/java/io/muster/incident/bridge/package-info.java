/**
 * The crisis bridge in the console: who joined and left the incident's conference (the gateway's
 * BridgeParticipantChanged, read off the replies topic), who was invited (the recipients of an incident whose
 * questions carried the bridge), and the commanders' requests to ring a missing member in (BridgeCallRequested
 * through the outbox; the gateway places the call and reports a failure as BridgeCallFailed).
 */
@NullMarked
package io.muster.incident.bridge;

import org.jspecify.annotations.NullMarked;
