package io.muster.incident.escalation;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.stereotype.Component;

/**
 * Bulk inserts through PostgreSQL's COPY (CSV) on the connection of the current JDBC transaction:
 * far cheaper than statements for the hundred thousand rows of a large fan-out.
 */
@Component
class PostgresCopy {

    private static final int CHUNK = 1 << 20;

    private final DataSource dataSource;

    PostgresCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Copies the rows into {@code target} ("table (col, ...)"); a null value is SQL NULL. */
    <T> void copy(String target, List<T> rows, Function<T, Object[]> values) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn in = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + target + " FROM STDIN (FORMAT csv)");
            StringBuilder csv = new StringBuilder();
            Line line = new Line();
            for (T row : rows) {
                line.append(csv, values.apply(row));
                if (csv.length() > CHUNK) write(in, csv);
            }
            write(in, csv);
            in.endCopy();
        } catch (SQLException e) {
            throw new SQLExceptionSubclassTranslator().translate("COPY " + target, null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Writes rows as CSV lines. A fan-out's rows repeat most values (incident, cohort, time,
     * state), so a value that is the same object as the row before's reuses its text.
     */
    private static final class Line {

        private Object[] previous = new Object[0];
        private String[] texts = new String[0];

        void append(StringBuilder csv, Object[] values) {
            if (previous.length != values.length) {
                previous = new Object[values.length];
                texts = new String[values.length];
            }
            for (int i = 0; i < values.length; i++) {
                if (i > 0) csv.append(',');
                Object value = values[i];
                if (value != null) {
                    if (value != previous[i]) {
                        previous[i] = value;
                        texts[i] = text(value);
                    }
                    csv.append(texts[i]);
                }
            }
            csv.append('\n');
        }

        // Only text can hold a quote, comma or line break; uuids, numbers and times never do.
        private static String text(Object value) {
            String text = value.toString();
            return value instanceof String ? '"' + text.replace("\"", "\"\"") + '"' : text;
        }
    }

    private static void write(CopyIn in, StringBuilder csv) throws SQLException {
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        csv.setLength(0);
    }
}
