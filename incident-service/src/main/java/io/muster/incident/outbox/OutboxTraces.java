package io.muster.incident.outbox;

import io.micrometer.tracing.CurrentTraceContext;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Carries a trace across the outbox: the writer records the W3C {@code traceparent} of the current
 * span with its rows, the relay makes it the current context again while it sends them, so that the
 * record's producer span (and the traceparent header it writes) continues the writer's trace.
 */
@Component
class OutboxTraces {

    private static final CurrentTraceContext.Scope NO_SCOPE = () -> {};

    private final Tracer tracer;

    OutboxTraces(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The current span as a traceparent ({@code 00-trace-span-flags}), or null outside a trace. */
    @Nullable
    String current() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return null;
        }
        return "00-" + context.traceId() + "-" + context.spanId()
                + (Boolean.TRUE.equals(context.sampled()) ? "-01" : "-00");
    }

    /** Makes the recorded traceparent the current context until the scope closes. */
    CurrentTraceContext.Scope restore(@Nullable String traceparent) {
        if (traceparent == null || traceparent.length() != 55) {
            return NO_SCOPE;
        }
        TraceContext context = tracer.traceContextBuilder()
                .traceId(traceparent.substring(3, 35))
                .spanId(traceparent.substring(36, 52))
                .sampled(traceparent.endsWith("1"))
                .build();
        return tracer.currentTraceContext().newScope(context);
    }
}
