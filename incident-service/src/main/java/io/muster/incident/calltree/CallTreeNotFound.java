package io.muster.incident.calltree;

import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** No call tree has this id. */
public class CallTreeNotFound extends ProblemException {

    public CallTreeNotFound(UUID id) {
        super(HttpStatus.NOT_FOUND, "call-tree-not-found", "Call tree not found", "No call tree " + id + ".");
    }
}
