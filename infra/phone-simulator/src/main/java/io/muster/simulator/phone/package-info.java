/** The simulated phones: their inboxes, who last texted them, and how they answer by themselves. */
package io.muster.simulator.phone;
