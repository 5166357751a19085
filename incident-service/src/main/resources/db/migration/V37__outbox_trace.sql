-- The W3C traceparent of the transaction that wrote the row (null when it ran outside a trace):
-- the relay restores it as the parent when it publishes, so the consumers' spans join the trace
-- of the declaration or answer that caused the event (docs/observability.md, "Traces").
ALTER TABLE outbox ADD COLUMN traceparent text;
