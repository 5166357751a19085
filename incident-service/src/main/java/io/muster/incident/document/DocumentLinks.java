package io.muster.incident.document;

import org.springframework.web.util.UriUtils;

/** The API paths of documents, with the name encoded as one path segment. */
final class DocumentLinks {

    private DocumentLinks() {}

    static String download(String type, String name, int version) {
        return "/api/incident-types/" + type + "/documents/" + UriUtils.encodePathSegment(name, "UTF-8") + "/versions/"
                + version;
    }
}
