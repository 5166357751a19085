/** The local stack: real infrastructure and the three services on loopback, started by one command. */
package io.muster.local;
