package io.muster.gateway.voice;

import com.twilio.twiml.VoiceResponse;
import io.muster.gateway.bridge.Bridge;
import io.muster.gateway.spool.Spool;
import io.muster.gateway.token.TokenRequest;
import io.muster.gateway.token.TokenRequests;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The calls the notifier places: Twilio fetches what to say, then posts the keys pressed. Both are
 * signed (checked before this runs); a bad token gets a spoken apology, never an error page. While the
 * database is away a key pressed is spooled ({@link Spool}) and the caller thanked; what to say on a call
 * needs the request from the database, so the call's TwiML is refused (503) until it is back.
 */
@RestController
class VoiceController {

    private static final Logger log = LoggerFactory.getLogger(VoiceController.class);

    private static final int FIRST_PROMPT = 1;

    private final TokenRequests tokens;
    private final VoiceAnswers answers;
    private final Spool spool;
    private final Bridge bridge;

    VoiceController(TokenRequests tokens, VoiceAnswers answers, Spool spool, Bridge bridge) {
        this.tokens = tokens;
        this.answers = answers;
        this.spool = spool;
        this.bridge = bridge;
    }

    @PostMapping(path = "/webhooks/twilio/voice/twiml", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<String>> twiml(@RequestParam(defaultValue = "") String token, ServerWebExchange exchange) {
        return exchange.getFormData()
                .zipWith(tokens.resolve(token))
                .flatMap(both -> script(both.getT2(), token, both.getT1().getFirst("AnsweredBy")))
                .map(twiml -> xml(twiml.toXml()));
    }

    @PostMapping(path = "/webhooks/twilio/voice/gather", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<String>> gather(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(required = false) @Nullable Integer prompt,
            ServerWebExchange exchange) {
        return exchange.getFormData()
                .map(form -> GatheredDigits.from(form, prompt))
                .flatMap(pressed -> spool.handle(
                        VoiceGatherReplay.spooled(token, pressed),
                        () -> tokens.resolve(token).flatMap(resolved -> answers.handle(resolved, token, pressed)),
                        VoiceScripts.keptWhileAway().toXml()))
                .map(VoiceController::xml);
    }

    private Mono<VoiceResponse> script(TokenRequest resolved, String token, @Nullable String answeredBy) {
        if (!(resolved instanceof TokenRequest.Open open)) {
            log.warn("Call answered with an unusable answer token: {}", resolved);
            return Mono.just(VoiceScripts.apology());
        }
        if (isMachine(answeredBy)) {
            return Mono.just(VoiceScripts.messageOnly(open.request()));
        }
        return bridge.offers(open.request().incidentId(), open.request().personId())
                .map(bridged -> VoiceScripts.messageAndMenu(open.request(), token, FIRST_PROMPT, bridged));
    }

    /** Twilio's machine detection: machine_start, machine_end_beep, machine_end_silence, ..., fax. */
    private static boolean isMachine(@Nullable String answeredBy) {
        String who = answeredBy == null ? "" : answeredBy.toLowerCase(Locale.ROOT);
        return who.startsWith("machine") || who.equals("fax");
    }

    private static ResponseEntity<String> xml(String twiml) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(twiml);
    }
}
