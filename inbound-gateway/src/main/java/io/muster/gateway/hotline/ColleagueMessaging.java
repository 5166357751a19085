package io.muster.gateway.hotline;

import static io.muster.gateway.hotline.HotlineScripts.BASE;
import static io.muster.gateway.hotline.HotlineScripts.INPUT_TIMEOUT_SECONDS;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Play;
import io.muster.gateway.kafka.EventPublisher;
import io.muster.gateway.kafka.TopicsProperties;
import io.muster.gateway.web.WebhookForm;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Voice messages between the people of an incident, on the hotline: an identified caller types a colleague's
 * employee id (someone asked about the same incident: messages stay within the incident's people) and records a
 * message; it is kept, then published as VoiceMessageLeft; the colleague, identified on the hotline, hears the
 * messages left for them (and only those) once, oldest first.
 */
@Service
class ColleagueMessaging {

    private static final Logger log = LoggerFactory.getLogger(ColleagueMessaging.class);

    private final HotlineCalls calls;
    private final HotlineRequests requests;
    private final HotlineScripts scripts;
    private final ColleagueMessages messages;
    private final HotlineProperties properties;
    private final EventPublisher publisher;
    private final TopicsProperties topics;
    private final Clock clock;

    ColleagueMessaging(
            HotlineCalls calls,
            HotlineRequests requests,
            HotlineScripts scripts,
            ColleagueMessages messages,
            HotlineProperties properties,
            EventPublisher publisher,
            TopicsProperties topics,
            Clock clock) {
        this.calls = calls;
        this.requests = requests;
        this.scripts = scripts;
        this.messages = messages;
        this.properties = properties;
        this.publisher = publisher;
        this.topics = topics;
        this.clock = clock;
    }

    /** "Enter your colleague's employee id": the caller pressed 6 at the incident's menu. */
    String askForColleague(HotlinePrompts prompts, UUID personId, UUID incidentId) {
        Gather gather = new Gather.Builder()
                .numDigits(properties.employeeIdMaxDigits())
                .finishOnKey("#")
                .timeout(INPUT_TIMEOUT_SECONDS)
                .action(BASE + "colleague?person=" + personId + "&incident=" + incidentId + "&lang=" + prompts.code())
                .say(prompts.say(ColleaguePrompts.of(prompts.code()).askId()))
                .build();
        return new VoiceResponse.Builder()
                .gather(gather)
                .say(prompts.say(prompts.goodbye()))
                .hangup(new Hangup.Builder().build())
                .build()
                .toXml();
    }

    /** The colleague's id typed: record for them when exactly one person of the incident has it. */
    Mono<String> colleagueTyped(UUID personId, UUID incidentId, HotlinePrompts prompts, WebhookForm call) {
        ColleaguePrompts words = ColleaguePrompts.of(prompts.code());
        String digits = Objects.requireNonNullElse(call.optional("Digits"), "").replaceAll("\\D", "");
        Mono<String> unknown = Mono.just(scripts.goodbye(prompts, words.unknown()));
        if (digits.isEmpty()) {
            return unknown;
        }
        return partOf(call, personId, incidentId)
                .flatMap(yes -> requests.byEmployeeDigits(digits))
                .map(found -> found.stream()
                        .filter(incident -> incident.incidentId().equals(incidentId))
                        .map(CallerIncident::personId)
                        .distinct()
                        .toList())
                .filter(people -> people.size() == 1)
                .map(people -> scripts.record(
                        prompts,
                        "colleague-recorded",
                        "colleague-status",
                        "person=" + personId + "&incident=" + incidentId + "&to=" + people.getFirst(),
                        words.record()))
                .switchIfEmpty(unknown);
    }

    /** The recording status callback of a message for a colleague: kept, then published once. */
    Mono<Void> recorded(RecordedMessage callback, UUID from, UUID incidentId, UUID to) {
        if (!callback.completed()) {
            log.info("Recording {} of call {}: {}", callback.recordingSid(), callback.callSid(), callback.status());
            return Mono.empty();
        }
        return messages.keep(
                        callback.callSid(),
                        callback.recordingSid(),
                        callback.recordingUrl(),
                        callback.durationSeconds(),
                        incidentId,
                        from,
                        to)
                .flatMap(published -> published ? Mono.empty() : publish(callback, from, incidentId, to, null));
    }

    /**
     * The caller pressed 7: the messages left for them in this incident, and for a team of theirs (their roles as
     * their requests in the incident carried them), each once, then goodbye.
     */
    Mono<String> listen(Caller caller, CallerIncident incident, HotlinePrompts prompts) {
        ColleaguePrompts words = ColleaguePrompts.of(prompts.code());
        TeamPrompts teamWords = TeamPrompts.of(prompts.code());
        return requests.roles(caller.personId(), incident.incidentId())
                .flatMap(roles -> messages.waiting(caller.personId(), incident.incidentId(), roles))
                .flatMap(waiting -> {
                    VoiceResponse.Builder twiml =
                            new VoiceResponse.Builder().say(prompts.say(words.count(waiting.size())));
                    for (ColleagueMessages.ColleagueMessage message : waiting) {
                        String name = Objects.requireNonNullElse(message.fromName(), words.someone());
                        twiml.say(prompts.say(
                                message.toRole() == null ? words.from(name) : teamWords.from(name, message.toRole())));
                        twiml.play(new Play.Builder(message.recordingUrl()).build());
                    }
                    String xml = twiml.say(
                                    prompts.say((waiting.isEmpty() ? "" : words.end() + " ") + prompts.goodbye()))
                            .hangup(new Hangup.Builder().build())
                            .build()
                            .toXml();
                    List<String> played = waiting.stream()
                            .map(ColleagueMessages.ColleagueMessage::recordingSid)
                            .toList();
                    return messages.heard(caller.personId(), played, clock.instant())
                            .thenReturn(xml);
                });
    }

    /** Empty unless the call was identified as the person and the incident is open for them. */
    Mono<Boolean> partOf(WebhookForm call, UUID personId, UUID incidentId) {
        return calls.identifiedAs(call.get("CallSid"), personId)
                .filter(Boolean::booleanValue)
                .flatMap(yes -> requests.byPerson(personId))
                .filter(open ->
                        open.stream().anyMatch(incident -> incident.incidentId().equals(incidentId)))
                .map(open -> true);
    }

    /** Publishes the kept message for a colleague ({@code to}) or a team ({@code role}), then marks it published. */
    Mono<Void> publish(RecordedMessage callback, UUID from, UUID incidentId, @Nullable UUID to, @Nullable String role) {
        return requests.latest(from, incidentId)
                .map(CallerIncident::exercise)
                .defaultIfEmpty(false)
                .flatMap(exercise -> publisher.publish(
                        topics.replies(),
                        incidentId.toString(),
                        VoiceMessageLeft.of(
                                new ColleagueMessages.ColleagueMessage(
                                        callback.recordingSid(),
                                        incidentId,
                                        from,
                                        null,
                                        to,
                                        null,
                                        role,
                                        callback.recordingUrl(),
                                        callback.durationSeconds(),
                                        clock.instant(),
                                        null),
                                exercise,
                                callback.callSid(),
                                clock.instant())))
                .then(messages.published(callback.recordingSid(), clock.instant()))
                .doOnSuccess(done -> log.info(
                        "Voice message {} left for a {}",
                        callback.recordingSid(),
                        role == null ? "colleague" : "team"));
    }
}
