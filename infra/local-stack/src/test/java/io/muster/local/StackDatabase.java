package io.muster.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One JDBC connection to the stack's PostgreSQL, for a benchmark or the fault suite that watches the
 * services' tables (schemas {@code incident}, {@code gateway}, {@code notifier}) from outside. A query that
 * fails drops the connection, and the next one connects again: the fault suite restarts PostgreSQL.
 */
final class StackDatabase implements AutoCloseable {

    private final StackSettings settings;
    private Connection connection;

    StackDatabase(StackSettings settings) {
        this.settings = settings;
        connection();
    }

    private synchronized Connection connection() {
        try {
            if (connection == null) {
                connection =
                        DriverManager.getConnection(settings.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
            }
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the stack's PostgreSQL", e);
        }
    }

    private synchronized IllegalStateException dropped(String sql, SQLException e) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // the connection is being thrown away because it failed
        }
        connection = null;
        return new IllegalStateException(sql, e);
    }

    /** The first column of the single row the query returns, as a long. */
    long count(String sql, Object... params) {
        return rows(sql, params).getFirst()[0];
    }

    /** Every row, each as its columns read as longs (counts, ids, epoch milliseconds). */
    List<long[]> rows(String sql, Object... params) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<long[]> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    long[] row = new long[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rs.getLong(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw dropped(sql, e);
        }
    }

    /** Every row, each as its columns read as text (ids, names). */
    List<String[]> texts(String sql, Object... params) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<String[]> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rs.getString(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw dropped(sql, e);
        }
    }

    /** The server's main process: the first line of its data directory's postmaster.pid; -1 if unreadable. */
    long postmasterPid() {
        try (PreparedStatement statement = connection().prepareStatement("SELECT current_setting('data_directory')");
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return Long.parseLong(Files.readAllLines(Path.of(rs.getString(1), "postmaster.pid"))
                    .getFirst()
                    .trim());
        } catch (Exception e) {
            return -1;
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
