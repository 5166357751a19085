package io.muster.gateway.retention;

import java.time.Duration;
import java.util.List;

/**
 * Each table the gateway keeps, what is done to its old rows and when. Statements take their rows with
 * {@code FOR UPDATE SKIP LOCKED}, so instances running the job at once share the work and never wait on each other.
 */
final class RetentionRules {

    /** One statement with its age: {@code :cutoff} and {@code :limit} are bound when it runs. */
    record Rule(String name, String statement, Duration age) {}

    private RetentionRules() {}

    static List<Rule> of(RetentionProperties retention) {
        return List.of(
                new Rule("inbound payloads", blank("inbound_log", "received_at"), retention.payloads()),
                new Rule("hotline payloads", blank("hotline_log", "received_at"), retention.payloads()),
                new Rule("inbound keys", delete("inbound_log", "received_at"), retention.replayProtection()),
                new Rule("hotline keys", delete("hotline_log", "received_at"), retention.replayProtection()),
                new Rule("hotline calls", delete("hotline_calls", "started_at"), retention.replayProtection()),
                new Rule("hotline directory", delete("hotline_requests", "created_at"), retention.workingData()),
                new Rule("bridge directory", delete("bridge_members", "created_at"), retention.workingData()),
                new Rule("bridge events", delete("bridge_events", "received_at"), retention.replayProtection()),
                new Rule("bridge ring-ins", delete("bridge_ring_ins", "requested_at"), retention.replayProtection()),
                new Rule(
                        "verification failures",
                        delete("hotline_verification_failures", "window_started_at"),
                        retention.workingData()));
    }

    private static String blank(String table, String column) {
        return "update " + table + " set params = '{}'::jsonb where ctid in (select ctid from " + table + " where "
                + column + " < :cutoff and params <> '{}'::jsonb limit :limit for update skip locked)";
    }

    private static String delete(String table, String column) {
        return "delete from " + table + " where ctid in (select ctid from " + table + " where " + column
                + " < :cutoff limit :limit for update skip locked)";
    }
}
