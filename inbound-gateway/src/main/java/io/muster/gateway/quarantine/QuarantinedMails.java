package io.muster.gateway.quarantine;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The record of quarantined mails (table {@code quarantined_mails}), newest first for operators. */
@Repository
public class QuarantinedMails {

    static final int MAX_REASON = 500;

    private final DatabaseClient db;

    QuarantinedMails(DatabaseClient db) {
        this.db = db;
    }

    /** Records a mail moved to {@code folder}; the reason is cut short and stripped of control characters. */
    public Mono<Void> record(String messageId, String reason, String folder) {
        return db.sql("insert into quarantined_mails (message_id, reason, folder) values (:id, :reason, :folder)")
                .bind("id", printable(messageId, 1000))
                .bind("reason", printable(reason, MAX_REASON))
                .bind("folder", folder)
                .then();
    }

    public Flux<QuarantinedMail> page(int page, int size) {
        return db.sql("select * from quarantined_mails order by id desc limit :limit offset :offset")
                .bind("limit", size)
                .bind("offset", (long) page * size)
                .map(QuarantinedMails::mail)
                .all();
    }

    public Mono<Long> count() {
        return db.sql("select count(*) as n from quarantined_mails")
                .map(row -> row.get("n", Long.class))
                .one();
    }

    private static QuarantinedMail mail(Readable row) {
        return new QuarantinedMail(
                row.get("id", Long.class),
                row.get("message_id", String.class),
                row.get("reason", String.class),
                row.get("folder", String.class),
                row.get("quarantined_at", Instant.class));
    }

    private static String printable(String text, int max) {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
