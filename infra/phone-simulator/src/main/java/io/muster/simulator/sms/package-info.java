/** SMS: the Messages resource, delivery with status callbacks, and phones texting the application. */
package io.muster.simulator.sms;
