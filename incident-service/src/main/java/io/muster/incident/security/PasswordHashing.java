package io.muster.incident.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Compares passwords with their hashes on a small pool of its own (half the cores by default), never
 * on an event loop and never on the pool that runs the service's database work: a burst of logins
 * queues here, and a full queue answers 503 at once, while the public pages keep their threads.
 */
@Component
class PasswordHashing implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PasswordHashing.class);

    private final PasswordEncoder passwords;
    private final Scheduler pool;
    private final Counter comparisons;

    PasswordHashing(PasswordEncoder passwords, LoginProperties properties, MeterRegistry meters) {
        this.passwords = passwords;
        // registered up front, so the series exists (at 0) before the first login
        this.comparisons = meters.counter("muster.logins.password.comparisons");
        this.pool = Schedulers.newBoundedElastic(
                properties.threads(), properties.hashingQueue(), "password-hash", 60, true);
    }

    /** Whether the password matches the hash; a hash of an unknown scheme matches nothing. */
    Mono<Boolean> matches(String presented, String hash) {
        return Mono.fromCallable(() -> compare(presented, hash))
                .subscribeOn(pool)
                .onErrorMap(RejectedExecutionException.class, e -> new LoginBusy());
    }

    private boolean compare(String presented, String hash) {
        comparisons.increment();
        try {
            return passwords.matches(presented, hash);
        } catch (IllegalArgumentException e) {
            // bcrypt refuses passwords over 72 bytes, and a stored hash may lack its {id}: no match either way.
            log.debug("Password not comparable: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public void destroy() {
        pool.dispose();
    }
}
