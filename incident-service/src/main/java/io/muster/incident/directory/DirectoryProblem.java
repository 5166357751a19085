package io.muster.incident.directory;

import io.muster.incident.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A directory request that names nothing there (404), clashes with what is there (409) or would break it (422). */
class DirectoryProblem extends ProblemException {

    DirectoryProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }

    static DirectoryProblem notFound(String what, Object id) {
        return new DirectoryProblem(
                HttpStatus.NOT_FOUND, what + "-not-found", "Not found", "No " + what + " " + id + ".");
    }

    static DirectoryProblem conflict(String slug, String detail) {
        return new DirectoryProblem(HttpStatus.CONFLICT, slug, "Conflict", detail);
    }

    static DirectoryProblem deputyCycle() {
        return new DirectoryProblem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "deputy-cycle",
                "Deputy cycle",
                "The deputy chain would lead back to this person.");
    }
}
