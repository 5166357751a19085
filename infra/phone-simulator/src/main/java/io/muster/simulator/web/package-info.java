/** What people and tests use: the {@code /sim} JSON API, the phones page and recorded audio. */
package io.muster.simulator.web;
