package io.muster.gateway.operator;

import io.muster.gateway.web.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A failure of the operator API, answered as a problem of its own type. */
class OperatorProblem extends ErrorResponseException {

    private OperatorProblem(HttpStatus status, String slug, String detail) {
        super(status, Problems.of(status, slug, detail), null);
    }

    static OperatorProblem invalid(List<Map<String, String>> errors) {
        var problem = new OperatorProblem(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields.");
        problem.getBody().setProperty("errors", errors);
        return problem;
    }

    static OperatorProblem badRequest(String detail) {
        return new OperatorProblem(HttpStatus.BAD_REQUEST, "bad-request", detail);
    }

    static OperatorProblem entryNotFound(long id) {
        return new OperatorProblem(HttpStatus.NOT_FOUND, "inbound-not-found", "No inbound entry " + id + ".");
    }

    static OperatorProblem alreadyCorrelated(long id) {
        return new OperatorProblem(
                HttpStatus.CONFLICT,
                "already-correlated",
                "Inbound entry " + id + " is already correlated or attached.");
    }

    static OperatorProblem unacceptable(String slug, String detail) {
        return new OperatorProblem(HttpStatus.UNPROCESSABLE_CONTENT, slug, detail);
    }
}
