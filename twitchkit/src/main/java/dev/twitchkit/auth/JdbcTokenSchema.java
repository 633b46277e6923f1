package dev.twitchkit.auth;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates and upgrades the tables of a {@link JdbcTokenStore}. The schema version is kept in a table of its own
 * ({@code <table>_schema}, one row); a token table without it is version 1, the schema of the first releases.
 * Each upgrade runs in a transaction (atomic where the database has transactional DDL, as PostgreSQL and SQLite
 * do) and keeps the rows. Several processes may start at once: one that loses the race retries and finds the
 * schema done.
 */
final class JdbcTokenSchema {
    /** The version this library writes; a newer one in the database is refused rather than misread. */
    static final int CURRENT_VERSION = 2;

    private static final int ATTEMPTS = 3;

    private final String table;
    private final String versionTable;

    JdbcTokenSchema(String table) {
        this.table = table;
        this.versionTable = table + "_schema";
    }

    /** Creates or upgrades the schema on {@code c}, leaving its auto-commit as it was. */
    void ensure(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    upgrade(c);
                    return;
                } catch (SQLException e) {
                    rollbackQuietly(c);
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                    // Another process created or upgraded the schema at the same time; read it again.
                }
            }
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private void upgrade(Connection c) throws SQLException {
        c.setAutoCommit(true);
        execute(c, "CREATE TABLE IF NOT EXISTS " + versionTable + " (version INTEGER NOT NULL)");
        c.setAutoCommit(false);
        int version = version(c);
        if (version == 0) {
            // No version yet: either a new database or a table of the first releases (version 1); both end as 1.
            execute(c, "CREATE TABLE IF NOT EXISTS " + table + " ("
                    + "user_id VARCHAR(64) NOT NULL PRIMARY KEY, "
                    + "login VARCHAR(64), "
                    + "access_token VARCHAR(1024) NOT NULL, "
                    + "refresh_token VARCHAR(1024), "
                    + "scopes VARCHAR(8000), "
                    + "expires_at BIGINT, "
                    + "last_validated BIGINT)");
            execute(c, "INSERT INTO " + versionTable + " (version) VALUES (1)");
            version = 1;
        }
        if (version > CURRENT_VERSION) {
            throw new TokenStoreException("table " + table + " has schema version " + version
                    + ", newer than this library's " + CURRENT_VERSION + "; upgrade twitchkit");
        }
        for (int v = version; v < CURRENT_VERSION; v++) {
            for (String step : stepsFrom(v)) {
                execute(c, step);
            }
            execute(c, "UPDATE " + versionTable + " SET version = " + (v + 1));
        }
        c.commit();
    }

    /** The statements that take the schema from {@code version} to the next. */
    private List<String> stepsFrom(int version) {
        if (version == 1) {
            // revision counts the writes of a row, updated_at says when the last was: what another process changed.
            return List.of(
                    "ALTER TABLE " + table + " ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL",
                    "ALTER TABLE " + table + " ADD COLUMN updated_at BIGINT");
        }
        throw new IllegalStateException("no upgrade from schema version " + version);
    }

    private int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + versionTable)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // The original failure is the one worth reporting.
        }
    }
}
