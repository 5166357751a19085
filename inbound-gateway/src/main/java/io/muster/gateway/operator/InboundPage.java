package io.muster.gateway.operator;

import java.util.List;

/** One page of the inbound log, newest first. */
record InboundPage(int page, int size, long total, List<InboundView> items) {}
