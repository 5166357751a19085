package io.muster.incident.statement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The public side of a corrected or cancelled alert: when the incident already has a public statement,
 * a CAP {@code Update} (a correction) or {@code Cancel} (a cancellation) that refers to every earlier
 * public statement is published at once, in the caller's JDBC transaction.
 */
@Component
public class StatementFollowUps {

    /** The follow-up's headline and its text in each language; {@code cancel} makes it a CAP Cancel. */
    public record FollowUp(String headline, List<LanguageText> texts, boolean cancel) {}

    private final StatementPublication publication;

    StatementFollowUps(StatementPublication publication) {
        this.publication = publication;
    }

    /** The follow-up's statement id, or empty when no statement of the incident is public. */
    public Optional<UUID> publish(UUID incidentId, FollowUp followUp, String by) {
        return publication.followUp(
                incidentId, new DraftStatement(followUp.headline(), followUp.texts()), followUp.cancel(), by);
    }
}
