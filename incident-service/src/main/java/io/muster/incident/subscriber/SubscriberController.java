package io.muster.incident.subscriber;

import io.muster.incident.publicstatus.PublicPageLook;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Signing up for the status page's mails (always the same 202, whether the address is new, pending,
 * confirmed or rate-limited), and the confirmation and unsubscribe links of those mails.
 */
@RestController
class SubscriberController {

    /** The address to send statements to. */
    record Subscribe(@NotBlank @Size(max = 254) @Email String email) {}

    private static final Map<String, String> ACCEPTED =
            Map.of("status", "If the address can receive mail, a confirmation link is on its way.");

    private final Subscriptions subscriptions;
    private final Validator validator;

    SubscriberController(Subscriptions subscriptions, Validator validator) {
        this.subscriptions = subscriptions;
        this.validator = validator;
    }

    @ApiResponse(responseCode = "202", description = "Accepted")
    @PostMapping("/status/subscribe")
    Mono<ResponseEntity<Map<String, String>>> subscribe(
            @Valid @RequestBody Subscribe body, ServerWebExchange exchange) {
        String email = body.email().strip().toLowerCase(Locale.ROOT);
        return subscriptions
                .subscribe(email, clientIp(exchange))
                .thenReturn(ResponseEntity.status(HttpStatus.ACCEPTED).body(ACCEPTED));
    }

    /** The status page's sign-up form (no script): the same rules and the same answer, as a page. */
    @ApiResponse(responseCode = "202", description = "Accepted")
    @PostMapping(value = "/status/subscribe", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<String>> subscribeByForm(ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            Subscribe body = new Subscribe(String.valueOf(form.getFirst("email")));
            if (!validator.validate(body).isEmpty()) {
                return Mono.just(
                        page(HttpStatus.BAD_REQUEST, "Not an email address", "Please go back and check the address."));
            }
            return subscriptions
                    .subscribe(body.email().strip().toLowerCase(Locale.ROOT), clientIp(exchange))
                    .thenReturn(page(HttpStatus.ACCEPTED, "Check your inbox", ACCEPTED.get("status")));
        });
    }

    @GetMapping("/status/subscribe/confirm")
    Mono<ResponseEntity<String>> confirm(@RequestParam String token) {
        return subscriptions
                .confirm(token)
                .thenReturn(page(
                        "Subscription confirmed",
                        "You will receive our public statements by email. Every mail has a link to unsubscribe."));
    }

    @GetMapping("/status/unsubscribe")
    Mono<ResponseEntity<String>> unsubscribe(@RequestParam String token) {
        return subscriptions
                .unsubscribe(token)
                .thenReturn(page("Unsubscribed", "You will receive no more mails from us."));
    }

    private static String clientIp(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }

    private static ResponseEntity<String> page(String title, String text) {
        return page(HttpStatus.OK, title, text);
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String text) {
        return ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .header("Content-Security-Policy", PublicPageLook.POLICY)
                .body(SubscriberPage.html(title, text));
    }
}
