/**
 * The web-layer pieces the incident-service and the gateway share, with what differs between them passed in.
 */
@NullMarked
package io.muster.web;

import org.jspecify.annotations.NullMarked;
