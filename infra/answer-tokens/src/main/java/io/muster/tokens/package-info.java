/** Answer tokens: signed, expiring names of one notification, for links, calls and email replies. */
package io.muster.tokens;
