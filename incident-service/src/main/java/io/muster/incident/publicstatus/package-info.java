/** The public face of statements without a login: the status page, status.json, the Atom feed and CAP 1.2 documents. */
@NullMarked
package io.muster.incident.publicstatus;

import org.jspecify.annotations.NullMarked;
