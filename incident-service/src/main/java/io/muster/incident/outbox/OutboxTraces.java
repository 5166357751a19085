package io.muster.incident.outbox;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Carries a trace across the outbox: the writer records the W3C {@code traceparent} of the current
 * span with its rows, and the relay sends it as each record's header ({@link KafkaPublisher}), so the
 * consumers' spans continue the writer's trace.
 */
@Component
class OutboxTraces {

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
}
