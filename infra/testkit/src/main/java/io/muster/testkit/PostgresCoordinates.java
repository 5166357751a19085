package io.muster.testkit;

/** Where a test PostgreSQL listens, in the forms JDBC and R2DBC want. */
public record PostgresCoordinates(String host, int port, String database, String username, String password) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://" + host + ":" + port + "/" + database;
    }

    static PostgresCoordinates fromJdbcUrl(String jdbcUrl, String username, String password) {
        java.net.URI uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
        return new PostgresCoordinates(
                uri.getHost(), uri.getPort(), uri.getPath().substring(1), username, password);
    }
}
