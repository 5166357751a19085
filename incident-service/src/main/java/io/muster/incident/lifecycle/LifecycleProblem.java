package io.muster.incident.lifecycle;

import io.muster.incident.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A change the incident's current state does not allow (409). */
final class LifecycleProblem extends ProblemException {

    private LifecycleProblem(String slug, String title, String detail) {
        super(HttpStatus.CONFLICT, slug, title, detail);
    }

    static LifecycleProblem invalidTransition(Phase from, Phase to) {
        String how = to == Phase.CLOSED ? " Close it with POST /api/incidents/{id}/close." : "";
        return new LifecycleProblem(
                "invalid-transition",
                "Invalid phase transition",
                "An incident cannot move from " + from + " to " + to + "." + how);
    }

    static LifecycleProblem closed(java.util.UUID id) {
        return new LifecycleProblem("incident-closed", "Incident already closed", "Incident " + id + " is closed.");
    }
}
