package io.muster.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ledger's writes commit synchronously even on a database whose default is
 * {@code synchronous_commit = off} (as the local stack's was): a trigger notes the setting each
 * ledger row and notification was written with.
 */
class SynchronousCommitIntegrationTests extends NotifierIntegrationTest {

    @Autowired
    HikariDataSource pool;

    @BeforeEach
    void databaseDefaultsToAsynchronousCommit() {
        jdbc.sql("create table if not exists commit_settings (table_name text, notification_id uuid, setting text)")
                .update();
        jdbc.sql(
                        """
                        create or replace function note_commit_setting() returns trigger language plpgsql as $$
                        begin
                          insert into commit_settings
                          values (tg_table_name, new.notification_id, current_setting('synchronous_commit'));
                          return new;
                        end $$""")
                .update();
        for (String table : List.of("delivery_attempts", "notifications")) {
            jdbc.sql("create or replace trigger note_commit_setting after insert or update on " + table
                            + " for each row execute function note_commit_setting()")
                    .update();
        }
        jdbc.sql("alter database " + database() + " set synchronous_commit = off")
                .update();
        pool.getHikariPoolMXBean().softEvictConnections(); // new sessions take the new default
    }

    @AfterEach
    void databaseDefaultsBack() {
        jdbc.sql("alter database " + database() + " reset synchronous_commit").update();
        for (String table : List.of("delivery_attempts", "notifications")) {
            jdbc.sql("drop trigger if exists note_commit_setting on " + table).update();
        }
        pool.getHikariPoolMXBean().softEvictConnections();
    }

    @Test
    void theLedgerAndTheNotificationsCommitSynchronouslyWhateverTheDatabaseDefault() {
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                .isEqualTo("off");
        String phone = freshPhoneNumber();
        ObjectNode request = request("LIFE_SAFETY", "SMS", phone);

        publish(topics.priorityNotificationRequests(), request);

        awaitOutcome(request, "NotificationSent", "SMS");
        await().atMost(PATIENCE)
                .until(() -> settings(request, "delivery_attempts").size() >= 2);
        assertThat(settings(request, "delivery_attempts")).containsOnly("on"); // PENDING, then SENT
        assertThat(settings(request, "notifications")).isNotEmpty().containsOnly("on");
    }

    private List<String> settings(ObjectNode request, String table) {
        return jdbc.sql("select setting from commit_settings where table_name = ? and notification_id = ?::uuid")
                .params(table, request.get("notificationId").asString())
                .query(String.class)
                .list();
    }

    private String database() {
        return jdbc.sql("select current_database()").query(String.class).single();
    }
}
