package io.muster.incident.pin;

import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The problems of the hotline PIN API. */
final class PinProblems {

    private PinProblems() {}

    /** A login that belongs to nobody in the directory has no hotline to call with a PIN. */
    static final class NoPerson extends ProblemException {
        NoPerson() {
            super(
                    HttpStatus.CONFLICT,
                    "no-directory-person",
                    "No directory person",
                    "Your login belongs to nobody in the directory, so it has no hotline PIN.");
        }
    }

    static final class PersonNotFound extends ProblemException {
        PersonNotFound(UUID id) {
            super(HttpStatus.NOT_FOUND, "person-not-found", "Person not found", "No person " + id + ".");
        }
    }
}
