package io.muster.gateway.bridge;

import io.muster.gateway.PhoneNumbers;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Rings an invited member into their incident's bridge, once per request key: the key is claimed before the call
 * is placed, so the same request sent again (a double click, a retry after a timeout) rings nobody and answers the
 * first call; the same key for someone else is refused.
 */
@Service
class BridgeCalls {

    private static final Logger log = LoggerFactory.getLogger(BridgeCalls.class);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    /** What an operator's request to ring a member in came to. */
    record RingingMember(
            UUID incidentId, UUID personId, @Nullable String name, String number, @Nullable String callSid) {}

    private final BridgeMembers members;
    private final RingIns ringIns;
    private final TwilioBridgeCalls twilio;

    BridgeCalls(BridgeMembers members, RingIns ringIns, TwilioBridgeCalls twilio) {
        this.members = members;
        this.ringIns = ringIns;
        this.twilio = twilio;
    }

    Mono<RingingMember> ring(UUID incidentId, @Nullable String employeeId, @Nullable String key, String operator) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Mono.error(BridgeProblems.badRequest(
                    "An Idempotency-Key header of 8 to 100 letters, digits, '-' or '_' is required."));
        }
        if (employeeId == null || employeeId.replaceAll("\\D", "").isEmpty() || employeeId.length() > 40) {
            return Mono.error(BridgeProblems.badRequest("employeeId is required."));
        }
        if (!twilio.configured()) {
            return Mono.error(BridgeProblems.cannotRing());
        }
        return members.byEmployeeId(incidentId, employeeId)
                .switchIfEmpty(Mono.error(() -> BridgeProblems.notAMember(incidentId)))
                .flatMap(member -> member.phone() == null
                        ? Mono.error(BridgeProblems.noNumber())
                        : ringOnce(incidentId, member, key, operator));
    }

    /**
     * Rings the invited person in once per key, at the incident-service's request (BridgeCallRequested): the same
     * problems as the operator API, as {@link org.springframework.web.ErrorResponseException}s.
     */
    Mono<RingingMember> ringPerson(UUID incidentId, UUID personId, String key, String requestedBy) {
        if (!twilio.configured()) {
            return Mono.error(BridgeProblems.cannotRing());
        }
        return members.byPerson(incidentId, personId)
                .switchIfEmpty(Mono.error(() -> BridgeProblems.notAMember(incidentId)))
                .flatMap(member -> member.phone() == null
                        ? Mono.error(BridgeProblems.noNumber())
                        : ringOnce(incidentId, member, key, requestedBy));
    }

    private Mono<RingingMember> ringOnce(UUID incidentId, BridgeMembers.Member member, String key, String operator) {
        return ringIns.claim(key, incidentId, member.personId(), operator)
                .flatMap(fresh -> fresh
                        ? place(incidentId, member, key)
                        : ringIns.find(key).map(earlier -> {
                            if (!earlier.incidentId().equals(incidentId)
                                    || !earlier.personId().equals(member.personId())) {
                                throw BridgeProblems.keyReused();
                            }
                            return view(incidentId, member, earlier.callSid());
                        }));
    }

    private Mono<RingingMember> place(UUID incidentId, BridgeMembers.Member member, String key) {
        return twilio.ring(member.phone(), incidentId, member.personId(), member.locale())
                .flatMap(callSid -> ringIns.placed(key, callSid).thenReturn(view(incidentId, member, callSid)))
                .doOnNext(ringing -> log.info(
                        "Ringing {} into the bridge of incident {}", PhoneNumbers.masked(member.phone()), incidentId))
                .onErrorResume(e -> !(e instanceof org.springframework.web.ErrorResponseException), e -> {
                    log.warn("Could not ring a member into the bridge of incident {}: {}", incidentId, e.toString());
                    return ringIns.release(key).then(Mono.error(BridgeProblems.callFailed()));
                });
    }

    private static RingingMember view(UUID incidentId, BridgeMembers.Member member, @Nullable String callSid) {
        return new RingingMember(
                incidentId, member.personId(), member.displayName(), PhoneNumbers.masked(member.phone()), callSid);
    }
}
