package io.muster.gateway.hotline;

import java.util.List;

/** One page of unidentified callers' messages, newest first. */
record HotlineMessagePage(int page, int size, long total, List<HotlineMessageView> items) {}
