/**
 * Signed, expiring names of one thing: answer tokens (one notification, for links, calls and email
 * replies) and, by purpose, subscriber links; plus the answer-token settings both services bind.
 */
package io.muster.tokens;
