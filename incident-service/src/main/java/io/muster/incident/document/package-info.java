/** Response documents (plans, vendor contacts) per incident type: uploaded, type-checked, versioned. */
@NullMarked
package io.muster.incident.document;

import org.jspecify.annotations.NullMarked;
