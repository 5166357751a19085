package io.muster.incident.incidenttype;

import io.muster.incident.web.ProblemException;
import org.springframework.http.HttpStatus;

/** What can go wrong with an incident type. */
abstract class IncidentTypeProblem extends ProblemException {

    IncidentTypeProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }

    static final class NotFound extends IncidentTypeProblem {
        NotFound(String code) {
            super(
                    HttpStatus.NOT_FOUND,
                    "incident-type-not-found",
                    "Incident type not found",
                    "No incident type " + code + ".");
        }
    }

    static final class Duplicate extends IncidentTypeProblem {
        Duplicate(String code) {
            super(
                    HttpStatus.CONFLICT,
                    "duplicate-incident-type",
                    "Incident type exists",
                    "Incident type " + code + " exists already.");
        }
    }
}
