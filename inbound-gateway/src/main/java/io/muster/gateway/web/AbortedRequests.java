package io.muster.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;

/**
 * Requests whose client went away before their body was read (an aborted upload, a reset connection, a read
 * timeout): the client's doing, not a failure of ours, and nobody is left to answer. One line at INFO, never a
 * stack trace, so a slow or hostile client cannot fill the log with them.
 */
public final class AbortedRequests {

    private static final Logger log = LoggerFactory.getLogger(AbortedRequests.class);

    private AbortedRequests() {}

    public static boolean isAbortedByClient(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (DisconnectedClientHelper.isClientDisconnectedException(cause)
                    || "AbortedException".equals(name)
                    || "PrematureCloseException".equals(name)
                    || "ReadTimeoutException".equals(name)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Logs the abandoned request and answers nothing. */
    public static Mono<Void> abandoned(ServerHttpRequest request, Throwable error) {
        log.info(
                "{} {} abandoned by the client before its body was read ({})",
                request.getMethod(),
                request.getPath(),
                error.getClass().getSimpleName());
        return Mono.empty();
    }
}
