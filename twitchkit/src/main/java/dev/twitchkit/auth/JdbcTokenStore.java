package dev.twitchkit.auth;

import dev.twitchkit.internal.Checks;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Keeps user tokens in a database table through plain {@code java.sql} (portable SQL only: tested on SQLite and
 * H2). The table is created when missing. Each operation takes a connection from the factory and closes it, so a
 * pooled {@link DataSource} works as well as a JDBC URL. Scopes are stored space-separated, times as epoch
 * milliseconds. Errors name the table, never a token.
 */
public final class JdbcTokenStore implements TokenStore {
    /** The default table name. */
    public static final String DEFAULT_TABLE = "twitchkit_tokens";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    /** Opens a connection; the store closes it after each operation. */
    @FunctionalInterface
    public interface ConnectionFactory {
        /** Opens a new connection; the store closes it after each operation. */
        Connection open() throws SQLException;
    }

    private final ConnectionFactory connections;
    private final String table;
    private volatile boolean schemaReady;

    /** A store in {@code table}, created if missing, on connections from {@code connections}. */
    public JdbcTokenStore(ConnectionFactory connections, String table) {
        this.connections = Checks.notNull(connections, "connections");
        Checks.notBlank(table, "table");
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("table must be a plain SQL identifier, got " + table);
        }
        this.table = table;
    }

    /** A store on {@code jdbc:…} URL, in the default table. */
    public static JdbcTokenStore forUrl(String jdbcUrl) {
        Checks.notBlank(jdbcUrl, "jdbcUrl");
        return new JdbcTokenStore(() -> DriverManager.getConnection(jdbcUrl), DEFAULT_TABLE);
    }

    /** A store on a data source, in the default table. */
    public static JdbcTokenStore forDataSource(DataSource dataSource) {
        Checks.notNull(dataSource, "dataSource");
        return new JdbcTokenStore(dataSource::getConnection, DEFAULT_TABLE);
    }

    @Override
    public synchronized List<Token> loadAll() {
        String sql = "SELECT user_id, login, access_token, refresh_token, scopes, expires_at, last_validated FROM "
                + table;
        try (Connection c = open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Token> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Token(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        ScopeSet.parse(rs.getString(5)), instant(rs, 6), instant(rs, 7), false));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read tokens from", e);
        }
    }

    @Override
    public synchronized void save(Token token) {
        Checks.notNull(token, "token");
        String update = "UPDATE " + table + " SET login = ?, access_token = ?, refresh_token = ?, scopes = ?, "
                + "expires_at = ?, last_validated = ? WHERE user_id = ?";
        String insert = "INSERT INTO " + table + " (login, access_token, refresh_token, scopes, expires_at, "
                + "last_validated, user_id) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = open()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                // UPDATE then INSERT instead of MERGE/UPSERT: the one form every database speaks the same way.
                if (bind(c, update, token) == 0) {
                    bind(c, insert, token);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw failure("save a token in", e);
        }
    }

    @Override
    public synchronized void remove(String userId) {
        Checks.notBlank(userId, "userId");
        try (Connection c = open(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM " + table + " WHERE user_id = ?")) {
            s.setString(1, userId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("remove a token from", e);
        }
    }

    private static int bind(Connection c, String sql, Token t) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, t.login());
            s.setString(2, t.accessToken());
            s.setString(3, t.refreshToken());
            s.setString(4, t.scopes().toParameter());
            setInstant(s, 5, t.expiresAt());
            setInstant(s, 6, t.lastValidated());
            s.setString(7, t.userId());
            return s.executeUpdate();
        }
    }

    private Connection open() throws SQLException {
        Connection c = connections.open();
        if (!schemaReady) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS " + table + " ("
                        + "user_id VARCHAR(64) NOT NULL PRIMARY KEY, "
                        + "login VARCHAR(64), "
                        + "access_token VARCHAR(1024) NOT NULL, "
                        + "refresh_token VARCHAR(1024), "
                        + "scopes VARCHAR(8000), "
                        + "expires_at BIGINT, "
                        + "last_validated BIGINT)");
                schemaReady = true;
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        }
        return c;
    }

    private static void setInstant(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value.toEpochMilli());
        }
    }

    private static Instant instant(ResultSet rs, int index) throws SQLException {
        long millis = rs.getLong(index);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /**
     * Names the SQL state and vendor code but not the driver's message, nor the exception as cause: drivers
     * quote offending values (H2 does for a too-long column), and those values are tokens.
     */
    private TokenStoreException failure(String what, SQLException e) {
        return new TokenStoreException("cannot " + what + " table " + table + ": " + e.getClass().getSimpleName()
                + " (SQLState " + e.getSQLState() + ", vendor code " + e.getErrorCode() + ")");
    }

    @Override
    public String toString() {
        return "JdbcTokenStore[" + table + "]";
    }
}
