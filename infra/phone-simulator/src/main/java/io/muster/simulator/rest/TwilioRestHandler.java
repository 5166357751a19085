package io.muster.simulator.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.muster.simulator.Account;
import io.muster.simulator.Faults;
import io.muster.simulator.Resource;
import io.muster.simulator.http.HttpIo;
import io.muster.simulator.twilio.TwilioApiException;
import io.muster.simulator.twilio.TwilioError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves {@code /2010-04-01/Accounts/{sid}/(Messages|Calls)[/{sid}].json} as twilio-java expects. */
public final class TwilioRestHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(TwilioRestHandler.class);
    private static final Pattern PATH =
            Pattern.compile("/2010-04-01/Accounts/([^/]+)/(Messages|Calls)(?:/([^/]+))?\\.json");

    private final Credentials credentials;
    private final Faults faults;
    private final Map<Resource, TwilioResources> resources;
    private final LongAdder rejectedCreates = new LongAdder();

    public TwilioRestHandler(Credentials credentials, Faults faults, Map<Resource, TwilioResources> resources) {
        this.credentials = credentials;
        this.faults = faults;
        this.resources = Map.copyOf(resources);
    }

    public long rejectedCreateCount() {
        return rejectedCreates.sum();
    }

    public void resetCounts() {
        rejectedCreates.reset();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean create = false;
        try {
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!path.matches()) {
                throw new TwilioApiException(
                        TwilioError.notFound(exchange.getRequestURI().getPath()));
            }
            create = "POST".equals(exchange.getRequestMethod()) && path.group(3) == null;
            Account account = credentials.authenticate(exchange, path.group(1));
            Resource resource = "Messages".equals(path.group(2)) ? Resource.MESSAGES : Resource.CALLS;
            HttpIo.json(exchange, create ? 201 : 200, serve(exchange, path, account, resource));
        } catch (TwilioApiException e) {
            answerError(exchange, e.error(), create);
        } catch (RuntimeException e) {
            log.warn("Twilio API request {} failed", exchange.getRequestURI().getPath(), e);
            answerError(exchange, new TwilioError(500, 20500, "Internal Server Error"), create);
        } finally {
            exchange.close();
        }
    }

    private Map<String, Object> serve(HttpExchange exchange, Matcher path, Account account, Resource resource)
            throws IOException {
        pause(resource);
        TwilioResources target = resources.get(resource);
        String method = exchange.getRequestMethod();
        if ("POST".equals(method) && path.group(3) == null) {
            String form = new String(HttpIo.body(exchange), StandardCharsets.UTF_8);
            failIfInjected(resource);
            return target.create(account, HttpIo.params(form));
        }
        if ("GET".equals(method) && path.group(3) != null) {
            return target.fetch(account, path.group(3));
        }
        if ("GET".equals(method)) {
            return target.list(account, ListRequest.of(exchange.getRequestURI().getPath(), HttpIo.query(exchange)));
        }
        throw new TwilioApiException(new TwilioError(405, 20004, "Method not allowed"));
    }

    private void failIfInjected(Resource resource) {
        OptionalInt status = faults.takeFailure(resource);
        if (status.isPresent()) {
            throw new TwilioApiException(TwilioError.injected(status.getAsInt()));
        }
    }

    private void pause(Resource resource) {
        try {
            Thread.sleep(faults.delayFor(resource)); // simulated provider latency, on a virtual thread
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answerError(HttpExchange exchange, TwilioError error, boolean create) throws IOException {
        if (create) {
            rejectedCreates.increment();
        }
        HttpIo.json(exchange, error.status(), error.toJson());
    }
}
