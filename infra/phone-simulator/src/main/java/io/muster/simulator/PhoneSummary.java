package io.muster.simulator;

/** A phone the simulator has seen, with the number of entries it ever received (not only the kept ones). */
public record PhoneSummary(String number, long received) {}
