package io.muster.incident.storage;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.stereotype.Component;

/**
 * Bulk inserts through PostgreSQL's binary COPY on the connection of the current JDBC transaction:
 * far cheaper than statements for the hundred thousand rows of a large fan-out, and cheaper than
 * CSV for both sides (no uuid or time to print here and to parse there).
 */
@Component
public class PostgresCopy {

    private static final int CHUNK = 1 << 20;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    private final DataSource dataSource;

    PostgresCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Copies the rows into {@code target} ("table (col, ...)"). Values are {@link UUID} (uuid),
     * {@link Integer} (integer), {@link String} (text), {@link Instant} (timestamptz) or null.
     */
    public <T> void copy(String target, List<T> rows, Function<T, Object[]> values) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn in = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + target + " FROM STDIN (FORMAT binary)");
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK + CHUNK / 4);
            Tuples tuples = new Tuples(new DataOutputStream(buffer));
            tuples.header();
            for (T row : rows) {
                tuples.append(values.apply(row));
                if (buffer.size() > CHUNK) write(in, buffer);
            }
            tuples.trailer();
            write(in, buffer);
            in.endCopy();
        } catch (SQLException e) {
            throw new SQLExceptionSubclassTranslator().translate("COPY " + target, null, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void write(CopyIn in, ByteArrayOutputStream buffer) throws SQLException {
        byte[] bytes = buffer.toByteArray();
        in.writeToCopy(bytes, 0, bytes.length);
        buffer.reset();
    }

    /** PostgreSQL's binary COPY format: a header, then per row its field count and fields. */
    private static final class Tuples {

        private static final long POSTGRES_EPOCH_SECOND = 946_684_800L; // 2000-01-01T00:00:00Z

        private final DataOutputStream out;
        // A fan-out's rows repeat their texts (reply code, state): each is encoded once.
        private Object[] previous = new Object[0];
        private byte[][] encoded = new byte[0][];

        Tuples(DataOutputStream out) {
            this.out = out;
        }

        void header() throws IOException {
            out.write(SIGNATURE);
            out.writeInt(0); // flags
            out.writeInt(0); // header extension length
        }

        void append(Object[] values) throws IOException {
            if (previous.length != values.length) {
                previous = new Object[values.length];
                encoded = new byte[values.length][];
            }
            out.writeShort(values.length);
            for (int i = 0; i < values.length; i++) {
                field(i, values[i]);
            }
        }

        void trailer() throws IOException {
            out.writeShort(-1);
        }

        private void field(int column, Object value) throws IOException {
            switch (value) {
                case null -> out.writeInt(-1);
                case UUID uuid -> {
                    out.writeInt(16);
                    out.writeLong(uuid.getMostSignificantBits());
                    out.writeLong(uuid.getLeastSignificantBits());
                }
                case Integer number -> {
                    out.writeInt(4);
                    out.writeInt(number);
                }
                case Instant at -> {
                    out.writeInt(8);
                    out.writeLong((at.getEpochSecond() - POSTGRES_EPOCH_SECOND) * 1_000_000L + at.getNano() / 1_000);
                }
                case String text -> {
                    if (text != previous[column]) {
                        previous[column] = text;
                        encoded[column] = text.getBytes(StandardCharsets.UTF_8);
                    }
                    out.writeInt(encoded[column].length);
                    out.write(encoded[column]);
                }
                default -> throw new IllegalArgumentException("no binary COPY for " + value.getClass());
            }
        }
    }
}
