package io.muster.incident.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Problem details with Muster's type URNs. */
public final class Problems {

    private Problems() {}

    public static URI type(String slug) {
        return URI.create("urn:muster:problem:" + slug);
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    /** The slug for a framework error that carries no type of its own: the status reason, kebab-cased. */
    static String slugOf(HttpStatusCode status) {
        var known = org.springframework.http.HttpStatus.resolve(status.value());
        return known == null
                ? "http-" + status.value()
                : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
