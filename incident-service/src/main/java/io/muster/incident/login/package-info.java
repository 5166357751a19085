/**
 * Logins (the service's own accounts) managed by admins through the API and the console: create,
 * disable and enable, reset a password, set roles; every change audited, no password ever shown.
 */
@NullMarked
package io.muster.incident.login;

import org.jspecify.annotations.NullMarked;
