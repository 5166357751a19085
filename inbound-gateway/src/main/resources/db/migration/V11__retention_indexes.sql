-- The retention job (docs/security.md, "Retention") finds old rows by time without scanning the tables.
create index inbound_log_received_at on inbound_log (received_at);
create index hotline_log_received_at on hotline_log (received_at);
create index hotline_calls_started_at on hotline_calls (started_at);
create index hotline_requests_created_at on hotline_requests (created_at);
create index hotline_verification_failures_window on hotline_verification_failures (window_started_at);
