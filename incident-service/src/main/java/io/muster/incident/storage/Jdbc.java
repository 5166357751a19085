package io.muster.incident.storage;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Runs blocking JDBC work in one transaction, off the event loop. */
@Component
public class Jdbc {

    private final JdbcClient client;
    private final TransactionTemplate transactions;

    Jdbc(JdbcClient client, TransactionTemplate transactions) {
        this.client = client;
        this.transactions = transactions;
    }

    public JdbcClient client() {
        return client;
    }

    /** Runs the work in a transaction on the calling thread (which must not be an event loop). */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    /** Runs the work in a transaction on a bounded elastic thread. */
    public <T> Mono<T> transactional(Supplier<T> work) {
        return Mono.fromCallable(() -> inTransaction(work)).subscribeOn(Schedulers.boundedElastic());
    }
}
