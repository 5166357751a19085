package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stack's PostgreSQL runs durable, and can crash (kill -9) or be stopped, then start on the same data.
 * One server for the class (initdb takes seconds); each test ends with it running and uses its own table.
 */
class PostgresServerIntegrationTests {

    @TempDir
    static Path data;

    private static int port;
    private static PostgresServer postgres;

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        postgres = PostgresServer.of(data, port);
        postgres.start();
    }

    @AfterAll
    static void stop() {
        postgres.stop();
    }

    @Test
    void runsWithTheDurabilityMustersGuaranteesNeed() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (String setting : List.of("synchronous_commit", "fsync", "full_page_writes")) {
                try (ResultSet rs = statement.executeQuery("show " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void aCommittedRowSurvivesKillDashNineOfEveryPostgresProcess() throws SQLException {
        execute("create table ledger (id int primary key)", "insert into ledger values (1)");
        long postmaster = postmasterPid();
        List<ProcessHandle> backends =
                ProcessHandle.of(postmaster).orElseThrow().descendants().toList();

        postgres.kill();

        assertThat(postgres.running()).isFalse();
        assertThat(ProcessHandle.of(postmaster)).isEmpty();
        assertThat(backends).isNotEmpty().noneMatch(ProcessHandle::isAlive);
        assertThatThrownBy(this::connect).isInstanceOf(SQLException.class);
        postgres.start();
        assertThat(count("select count(*) from ledger")).isEqualTo(1);
    }

    @Test
    void anOutageIsAStopAndAStartOfTheSameDataDirectory() throws SQLException {
        execute("create table answers (id int primary key)", "insert into answers values (7)");

        postgres.stop();
        assertThat(postgres.running()).isFalse();
        assertThatThrownBy(this::connect).isInstanceOf(SQLException.class);
        postgres.start();

        assertThat(postgres.running()).isTrue();
        assertThat(count("select count(*) from answers where id = 7")).isEqualTo(1);
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long postmasterPid() {
        return StaleProcesses.readPid(data.resolve("postgres").resolve("postmaster.pid"))
                .orElseThrow();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/" + PostgresServer.DATABASE,
                PostgresServer.USER,
                PostgresServer.PASSWORD);
    }
}
