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
            for (T row : rows) {
                line(csv, values.apply(row));
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

    private static void line(StringBuilder csv, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) csv.append(',');
            if (values[i] != null) {
                csv.append('"')
                        .append(values[i].toString().replace("\"", "\"\""))
                        .append('"');
            }
        }
        csv.append('\n');
    }

    private static void write(CopyIn in, StringBuilder csv) throws SQLException {
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        csv.setLength(0);
    }
}
