/** Plumbing over the JDK's HTTP server: reading forms and JSON, writing answers with keep-alive intact. */
package io.muster.simulator.http;
