/** HTTP edge concerns shared by every webhook: problem details and body size limits. */
@NullMarked
package io.muster.gateway.web;

import org.jspecify.annotations.NullMarked;
