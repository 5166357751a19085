/** Work one gateway instance at a time does, among several on one database: leases in table {@code leases}. */
@NullMarked
package io.muster.gateway.lease;

import org.jspecify.annotations.NullMarked;
