package io.muster.incident.correction;

import io.muster.incident.escalation.EscalatingIncident;
import io.muster.incident.escalation.IncidentText;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a correction's text the incident's message, so the console, the answer page and every later alert or
 * reminder (a call-tree level started after the correction) say what is right; the change history keeps the
 * original (field MESSAGE). The message is the correction in the language of the incident's message (the text that
 * says it; else English, else the first given); its texts are the correction's languages, under the incident's title in each.
 */
@Component
class CorrectedMessages {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CorrectionTexts texts;

    CorrectedMessages(JdbcClient jdbc, JsonMapper json, CorrectionTexts texts) {
        this.jdbc = jdbc;
        this.json = json;
        this.texts = texts;
    }

    void replace(EscalatingIncident incident, UUID correction, Map<String, String> given, String by, Instant now) {
        // the language of the incident's own message: the text that says it (a declaration's texts are its other
        // languages; a launched scenario's are all of them, its first language's being the message)
        String first = incident.texts().stream()
                .filter(text -> text.message().equals(incident.message()))
                .map(IncidentText::language)
                .findFirst()
                .orElse(null);
        String message = texts.body(Correction.Kind.CORRECTION, first, given);
        List<IncidentText> corrected = given.entrySet().stream()
                .map(each -> new IncidentText(each.getKey(), incident.titleFor(each.getKey()), each.getValue()))
                .toList();
        jdbc.sql("UPDATE incidents SET message = ?, texts = ?::jsonb WHERE id = ?")
                .params(message, json.writeValueAsString(corrected), incident.id())
                .update();
        jdbc.sql(
                        """
                        INSERT INTO incident_changes (incident_id, changed_at, changed_by, field, old_value, new_value, comment)
                        VALUES (?, ?, ?, 'MESSAGE', ?, ?, ?)
                        """)
                .params(incident.id(), Timestamp.from(now), by, incident.message(), message, "Correction " + correction)
                .update();
    }
}
