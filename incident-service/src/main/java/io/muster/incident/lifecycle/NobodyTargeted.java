package io.muster.incident.lifecycle;

import io.muster.incident.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A declaration whose notification list names no one. */
class NobodyTargeted extends ProblemException {

    NobodyTargeted() {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "nobody-targeted",
                "Nobody to notify",
                "The declaration must notify at least one person (personIds, employeeIds or roles).");
    }
}
