package io.muster.gateway.answer;

import io.muster.gateway.token.TokenRequest;
import io.muster.gateway.token.TokenRequests;
import io.muster.gateway.web.Problems;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The answer page behind the link in every alert. The token is the only credential (no login, so
 * no session to forge requests against); an expired token gets 410, an unknown one 404. The page of
 * a closed incident says so, and an answer given on it is recorded as late.
 */
@RestController
class AnswerPageController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final TokenRequests tokens;
    private final WebAnswers answers;

    AnswerPageController(TokenRequests tokens, WebAnswers answers) {
        this.tokens = tokens;
        this.answers = answers;
    }

    /** The alert, the latest internal update of its incident (when one was posted), and the answer form. */
    @ApiResponse(
            responseCode = "200",
            description = "The alert and the answer form",
            content = @Content(mediaType = "text/html"))
    @ApiResponse(responseCode = "404", description = "Unknown link", content = @Content(mediaType = "text/html"))
    @ApiResponse(
            responseCode = "410",
            description = "The link expired, or the incident closed long ago",
            content = @Content(mediaType = "text/html"))
    @GetMapping("/answer/{token}")
    Mono<ResponseEntity<String>> page(@PathVariable String token) {
        return tokens.resolve(token).map(resolved -> switch (resolved) {
            case TokenRequest.Open open ->
                html(HttpStatus.OK, AnswerPages.form(open.request(), token, open.incident()));
            default -> unusable(resolved);
        });
    }

    @ApiResponse(responseCode = "200", description = "Thank you", content = @Content(mediaType = "text/html"))
    @ApiResponse(
            responseCode = "400",
            description = "An answer the alert does not offer: the form again",
            content = @Content(mediaType = "text/html"))
    @ApiResponse(responseCode = "404", description = "Unknown link", content = @Content(mediaType = "text/html"))
    @ApiResponse(
            responseCode = "410",
            description = "The link expired, or the incident closed long ago",
            content = @Content(mediaType = "text/html"))
    @PostMapping(path = "/answer/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<String>> answer(@PathVariable String token, ServerWebExchange exchange) {
        return exchange.getFormData()
                .onErrorMap(IllegalArgumentException.class, Problems::malformedForm)
                .map(WebAnswer::from)
                .zipWith(tokens.resolve(token))
                .flatMap(both -> {
                    if (!(both.getT2() instanceof TokenRequest.Open open)) {
                        return Mono.just(unusable(both.getT2()));
                    }
                    var request = open.request();
                    Optional<String> answer =
                            Optional.ofNullable(both.getT1().choice()).flatMap(request::answerFor);
                    if (answer.isEmpty() || !request.asksForAnswer()) {
                        return Mono.just(
                                html(HttpStatus.BAD_REQUEST, AnswerPages.form(request, token, open.incident())));
                    }
                    return answers.record(request, answer.get(), both.getT1(), open.incidentClosed())
                            .thenReturn(html(
                                    HttpStatus.OK, AnswerPages.thanks(request, answer.get(), open.incidentClosed())));
                });
    }

    private static ResponseEntity<String> unusable(TokenRequest resolved) {
        return switch (resolved) {
            case TokenRequest.Expired expired ->
                html(
                        HttpStatus.GONE,
                        AnswerPages.message(
                                "This link has expired",
                                "This link has expired: the alert can no longer be answered here. If you still need to tell us something, reply to the SMS or call the hotline."));
            case TokenRequest.Closed closed -> html(HttpStatus.GONE, AnswerPages.closedLongAgo(closed.request()));
            default ->
                html(HttpStatus.NOT_FOUND, AnswerPages.message("Unknown link", "This answer link is not valid."));
        };
    }

    private static ResponseEntity<String> html(HttpStatus status, String page) {
        return ResponseEntity.status(status).contentType(HTML).body(page);
    }
}
