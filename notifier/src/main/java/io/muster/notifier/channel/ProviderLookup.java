package io.muster.notifier.channel;

/** What the provider says about an attempt whose fate was unknown. */
public sealed interface ProviderLookup {

    /** The provider has the message: the attempt was sent. */
    record Found(String providerReference) implements ProviderLookup {}

    /** The provider has no such message: it never left, sending again is safe. */
    record NotFound() implements ProviderLookup {}

    /** The provider cannot be asked (SMTP): the attempt stays ambiguous and is not resent. */
    record Unknowable() implements ProviderLookup {}
}
