/** The Twilio 2010-04-01 REST API: authentication, routing, injected faults, paging. */
package io.muster.simulator.rest;
