package io.muster.incident.document;

import io.muster.incident.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The stored document versions; blocking JDBC, called inside {@link Jdbc} transactions. */
@Component
class ResponseDocuments {

    private static final String COLUMNS =
            "SELECT id, incident_type, name, version, content_type, size_bytes, sha256, uploaded_by, uploaded_at, stored_path"
                    + " FROM response_documents ";

    private final Jdbc jdbc;

    ResponseDocuments(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The next version of the name; the advisory lock makes two concurrent uploads of one name take turns. */
    int nextVersion(String type, String name) {
        jdbc.client()
                .sql("SELECT pg_advisory_xact_lock(hashtext(? || '/' || ?))")
                .params(type, name)
                .query()
                .singleRow();
        return jdbc.client()
                        .sql(
                                "SELECT coalesce(max(version), 0) FROM response_documents WHERE incident_type = ? AND name = ?")
                        .params(type, name)
                        .query(Integer.class)
                        .single()
                + 1;
    }

    void insert(ResponseDocument document, byte @Nullable [] content) {
        jdbc.client()
                .sql(
                        """
                        INSERT INTO response_documents (id, incident_type, name, version, content_type, size_bytes, sha256,
                                                        content, stored_path, uploaded_by, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        document.id(),
                        document.incidentType(),
                        document.name(),
                        document.version(),
                        document.contentType(),
                        document.size(),
                        document.sha256(),
                        content,
                        document.storedPath(),
                        document.uploadedBy(),
                        Timestamp.from(document.uploadedAt()))
                .update();
    }

    /** The newest version of each name. */
    List<ResponseDocument> latest(String type) {
        return jdbc.client()
                .sql("SELECT DISTINCT ON (name) " + COLUMNS.substring("SELECT ".length())
                        + "WHERE incident_type = ? ORDER BY name, version DESC")
                .param(type)
                .query((rs, n) -> document(rs))
                .list();
    }

    List<ResponseDocument> versions(String type, String name) {
        return jdbc.client()
                .sql(COLUMNS + "WHERE incident_type = ? AND name = ? ORDER BY version DESC")
                .params(type, name)
                .query((rs, n) -> document(rs))
                .list();
    }

    Optional<ResponseDocument> version(String type, String name, int version) {
        return versions(type, name).stream().filter(d -> d.version() == version).findFirst();
    }

    byte @Nullable [] content(UUID id) {
        return jdbc.client()
                .sql("SELECT content FROM response_documents WHERE id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes("content"))
                .single();
    }

    private static ResponseDocument document(ResultSet rs) throws SQLException {
        String type = rs.getString("incident_type");
        String name = rs.getString("name");
        int version = rs.getInt("version");
        return new ResponseDocument(
                rs.getObject("id", UUID.class),
                type,
                name,
                version,
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(),
                DocumentLinks.download(type, name, version),
                rs.getString("stored_path"));
    }
}
