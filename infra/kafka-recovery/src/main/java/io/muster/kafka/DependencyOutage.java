package io.muster.kafka;

/**
 * Marks a failure that says a dependency is away for now (the broker did not acknowledge, no provider
 * can take the call): {@link Failures} classifies it {@link Failures.Kind#TRANSIENT}, so the consumer
 * waits it out and never dead-letters the record. The features implement it on their own exceptions,
 * so this package names none of them.
 */
public interface DependencyOutage {

    /**
     * Whether the dependency away is a message provider. Its circuit stays open 30 s, so the consumer
     * asks again at that pace rather than at the back-off for the service's own infrastructure.
     */
    default boolean isProvider() {
        return false;
    }
}
