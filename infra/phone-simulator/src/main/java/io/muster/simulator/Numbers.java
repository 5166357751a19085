package io.muster.simulator;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** How particular phone numbers behave: unreachable, invalid, or answering calls in a given way. */
public final class Numbers {

    private final Set<String> undeliverable = ConcurrentHashMap.newKeySet();
    private final Set<String> invalid = ConcurrentHashMap.newKeySet();
    private final Map<String, CallOutcome> callOutcomes = new ConcurrentHashMap<>();

    /** SMS to this number end 'undelivered' (ErrorCode 30003) and never reach its inbox. */
    public Numbers undeliverable(String number) {
        undeliverable.add(number);
        return this;
    }

    /** Creating a message or call to this number answers 400 with code 21211. */
    public Numbers invalid(String number) {
        invalid.add(number);
        return this;
    }

    public Numbers callOutcome(String number, CallOutcome outcome) {
        callOutcomes.put(number, outcome);
        return this;
    }

    /** Gives the number back its default behaviour. */
    public Numbers reset(String number) {
        undeliverable.remove(number);
        invalid.remove(number);
        callOutcomes.remove(number);
        return this;
    }

    public Numbers clear() {
        undeliverable.clear();
        invalid.clear();
        callOutcomes.clear();
        return this;
    }

    public boolean isUndeliverable(String number) {
        return undeliverable.contains(number);
    }

    public boolean isInvalid(String number) {
        return invalid.contains(number);
    }

    public CallOutcome callOutcomeOf(String number) {
        return callOutcomes.getOrDefault(number, CallOutcome.HUMAN);
    }
}
