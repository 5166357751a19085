package io.muster.gateway.hotline;

import static io.muster.gateway.hotline.HotlineScripts.BASE;
import static io.muster.gateway.hotline.HotlineScripts.INPUT_TIMEOUT_SECONDS;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import io.muster.gateway.web.WebhookForm;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Voice messages for a team on the hotline: after 6 at the incident's menu, a caller whose incident has teams (the
 * roles its people's requests carried) chooses a colleague (1) or a team (2); the teams are read out numbered, at
 * most nine, in alphabetical order; the message is kept, then published as VoiceMessageLeft with {@code toRole}.
 * The chosen role travels in the status callback's URL, which Twilio signs. Each member hears it once on 7
 * ({@link ColleagueMessaging#listen}).
 */
@Service
class TeamMessaging {

    private static final Logger log = LoggerFactory.getLogger(TeamMessaging.class);
    /** A keypad menu of one key, read out whole. */
    static final int MAX_TEAMS = 9;

    private final ColleagueMessaging colleagues;
    private final ColleagueMessages messages;
    private final HotlineRequests requests;
    private final HotlineScripts scripts;

    TeamMessaging(
            ColleagueMessaging colleagues,
            ColleagueMessages messages,
            HotlineRequests requests,
            HotlineScripts scripts) {
        this.colleagues = colleagues;
        this.messages = messages;
        this.requests = requests;
        this.scripts = scripts;
    }

    /** 6 at the menu: a colleague or a team when the incident has teams, else straight to the colleague's id. */
    Mono<String> offer(HotlinePrompts prompts, UUID personId, UUID incidentId) {
        return requests.teams(incidentId, MAX_TEAMS)
                .map(teams -> teams.isEmpty()
                        ? colleagues.askForColleague(prompts, personId, incidentId)
                        : gather(
                                prompts,
                                "message-for?" + query(personId, incidentId, prompts),
                                TeamPrompts.of(prompts.code()).kind()));
    }

    /** 1: a colleague (their id next); 2: the list of teams; anything else: goodbye. */
    Mono<String> kindChosen(UUID personId, UUID incidentId, HotlinePrompts prompts, WebhookForm call) {
        String digits = digits(call);
        if ("1".equals(digits)) {
            return Mono.just(colleagues.askForColleague(prompts, personId, incidentId));
        }
        TeamPrompts words = TeamPrompts.of(prompts.code());
        Mono<String> unknown = Mono.just(scripts.goodbye(prompts, words.unknown()));
        if (!"2".equals(digits)) {
            return unknown;
        }
        return colleagues
                .partOf(call, personId, incidentId)
                .flatMap(yes -> requests.teams(incidentId, MAX_TEAMS))
                .filter(teams -> !teams.isEmpty())
                .map(teams -> gather(prompts, "team?" + query(personId, incidentId, prompts), words.list(teams)))
                .switchIfEmpty(unknown);
    }

    /** The team's key: record for everyone of that role in the incident. */
    Mono<String> teamChosen(UUID personId, UUID incidentId, HotlinePrompts prompts, WebhookForm call) {
        TeamPrompts words = TeamPrompts.of(prompts.code());
        Mono<String> unknown = Mono.just(scripts.goodbye(prompts, words.unknown()));
        int key;
        try {
            key = Integer.parseInt(digits(call));
        } catch (NumberFormatException e) {
            return unknown;
        }
        return colleagues
                .partOf(call, personId, incidentId)
                .flatMap(yes -> requests.teams(incidentId, MAX_TEAMS))
                .filter(teams -> key >= 1 && key <= teams.size())
                .map(teams -> scripts.record(
                        prompts,
                        "team-recorded",
                        "team-status",
                        "person=" + personId + "&incident=" + incidentId + "&role="
                                + URLEncoder.encode(teams.get(key - 1), StandardCharsets.UTF_8),
                        words.record()))
                .switchIfEmpty(unknown);
    }

    /** The recording status callback of a message for a team: kept, then published once. */
    Mono<Void> recorded(RecordedMessage callback, UUID from, UUID incidentId, String role) {
        if (!callback.completed()) {
            log.info("Recording {} of call {}: {}", callback.recordingSid(), callback.callSid(), callback.status());
            return Mono.empty();
        }
        return messages.keepForTeam(
                        callback.callSid(),
                        callback.recordingSid(),
                        callback.recordingUrl(),
                        callback.durationSeconds(),
                        incidentId,
                        from,
                        role)
                .flatMap(published ->
                        published ? Mono.empty() : colleagues.publish(callback, from, incidentId, null, role));
    }

    private static String gather(HotlinePrompts prompts, String action, String words) {
        Gather gather = new Gather.Builder()
                .numDigits(1)
                .timeout(INPUT_TIMEOUT_SECONDS)
                .action(BASE + action)
                .say(prompts.say(words))
                .build();
        return new VoiceResponse.Builder()
                .gather(gather)
                .say(prompts.say(prompts.goodbye()))
                .hangup(new Hangup.Builder().build())
                .build()
                .toXml();
    }

    private static String query(UUID personId, UUID incidentId, HotlinePrompts prompts) {
        return "person=" + personId + "&incident=" + incidentId + "&lang=" + prompts.code();
    }

    private static String digits(WebhookForm call) {
        return Objects.requireNonNullElse(call.optional("Digits"), "").strip();
    }
}
