package io.muster.incident.security;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * No request that changes something can be forged from another site: a POST, PUT, PATCH or DELETE
 * whose {@code Origin} is not the service's own (or an allowed one), or that the browser marks
 * {@code Sec-Fetch-Site: cross-site}, is a 403 before any login is checked. Scripts send neither
 * header and pass. Besides, no browser is ever challenged for Basic credentials (see
 * {@link ProblemResponses}), so none holds credentials a forged request could carry.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CrossSiteRequests implements WebFilter {

    private static final Set<HttpMethod> CHANGING =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final ProblemResponses problems;
    private final Set<String> allowed;

    CrossSiteRequests(ProblemResponses problems, BrowserProperties properties) {
        this.problems = problems;
        this.allowed = Set.copyOf(properties.allowedOrigins().stream()
                .map(origin -> origin.strip().toLowerCase(Locale.ROOT))
                .toList());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!CHANGING.contains(request.getMethod()) || !forged(request)) {
            return chain.filter(exchange);
        }
        return problems.crossSite(exchange);
    }

    private boolean forged(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        if ("cross-site".equalsIgnoreCase(headers.getFirst("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = headers.getOrigin();
        return origin != null
                && !allowed.contains(origin.strip().toLowerCase(Locale.ROOT))
                && !sameOrigin(origin, request.getURI());
    }

    private static boolean sameOrigin(String origin, URI target) {
        try {
            URI from = URI.create(origin.strip());
            return from.getScheme() != null
                    && from.getHost() != null
                    && from.getScheme().equalsIgnoreCase(target.getScheme())
                    && from.getHost().equalsIgnoreCase(target.getHost())
                    && port(from) == port(target);
        } catch (IllegalArgumentException e) {
            return false; // "null" and anything else that is no origin
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) return uri.getPort();
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
