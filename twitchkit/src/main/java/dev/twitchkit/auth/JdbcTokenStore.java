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
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Keeps user tokens in a database table through plain {@code java.sql} (portable SQL only: tested on PostgreSQL,
 * SQLite and H2). The store creates its table when missing and upgrades an older one, keeping the rows; the schema
 * version is kept in {@code <table>_schema}. Each operation takes a connection from the factory and closes it, so
 * a pooled {@link DataSource} works as well as a JDBC URL. Scopes are stored space-separated, times as epoch
 * milliseconds. Errors name the table, never a token.
 *
 * <p>Several processes may share one database (PostgreSQL, e.g. {@code jdbc:postgresql://db/bot?user=…}): as a
 * {@link SharedTokenStore} it locks a user's row while one process refreshes the token, and the others then use
 * the refreshed token.
 */
public final class JdbcTokenStore implements SharedTokenStore {
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
    private final JdbcTokenSchema schema;
    private volatile boolean schemaReady;

    /** A store in {@code table}, created if missing, on connections from {@code connections}. */
    public JdbcTokenStore(ConnectionFactory connections, String table) {
        this.connections = Checks.notNull(connections, "connections");
        Checks.notBlank(table, "table");
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("table must be a plain SQL identifier, got " + table);
        }
        this.table = table;
        this.schema = new JdbcTokenSchema(table);
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
        try (Connection c = open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select())) {
            List<Token> out = new ArrayList<>();
            while (rs.next()) {
                out.add(token(rs));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read tokens from", e);
        }
    }

    @Override
    public Optional<Token> load(String userId) {
        Checks.notBlank(userId, "userId");
        try (Connection c = open()) {
            return load(c, userId);
        } catch (SQLException e) {
            throw failure("read a token from", e);
        }
    }

    /**
     * Locks the user's row for the length of a transaction on a connection of its own: a no-op {@code UPDATE} of
     * the row first, which every database answers with a write lock that the other processes' locks wait for (a
     * row lock on PostgreSQL and H2, the database's write lock on SQLite), then a read of the row as the previous
     * holder left it. The connection is closed with the lock.
     */
    @Override
    public TokenLock lock(String userId) {
        Checks.notBlank(userId, "userId");
        Connection c = null;
        try {
            c = open();
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE " + table + " SET revision = revision WHERE user_id = ?")) {
                s.setString(1, userId);
                s.executeUpdate();
            }
            return new RowLock(c, userId, load(c, userId));
        } catch (SQLException e) {
            closeQuietly(c);
            throw failure("lock a token in", e);
        }
    }

    @Override
    public synchronized void save(Token token) {
        Checks.notNull(token, "token");
        try (Connection c = open()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                upsert(c, token);
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
        try (Connection c = open()) {
            delete(c, userId);
        } catch (SQLException e) {
            throw failure("remove a token from", e);
        }
    }

    private String select() {
        return "SELECT user_id, login, access_token, refresh_token, scopes, expires_at, last_validated FROM " + table;
    }

    private Optional<Token> load(Connection c, String userId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(select() + " WHERE user_id = ?")) {
            s.setString(1, userId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(token(rs)) : Optional.empty();
            }
        }
    }

    private static Token token(ResultSet rs) throws SQLException {
        return new Token(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                ScopeSet.parse(rs.getString(5)), instant(rs, 6), instant(rs, 7), false);
    }

    /** UPDATE then INSERT instead of MERGE/UPSERT: the one form every database speaks the same way. */
    private void upsert(Connection c, Token token) throws SQLException {
        String update = "UPDATE " + table + " SET login = ?, access_token = ?, refresh_token = ?, scopes = ?, "
                + "expires_at = ?, last_validated = ?, updated_at = ?, revision = revision + 1 WHERE user_id = ?";
        String insert = "INSERT INTO " + table + " (login, access_token, refresh_token, scopes, expires_at, "
                + "last_validated, updated_at, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        if (bind(c, update, token) == 0) {
            bind(c, insert, token);
        }
    }

    private void delete(Connection c, String userId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE user_id = ?")) {
            s.setString(1, userId);
            s.executeUpdate();
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
            s.setLong(7, System.currentTimeMillis());
            s.setString(8, t.userId());
            return s.executeUpdate();
        }
    }

    private Connection open() throws SQLException {
        Connection c = connections.open();
        if (!schemaReady) {
            try {
                schema.ensure(c);
                schemaReady = true;
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        }
        return c;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Already failing; the first error is reported.
            }
        }
    }

    /** A row lock held by an open transaction; closing commits it and closes the connection. */
    private final class RowLock implements TokenLock {
        private final Connection c;
        private final String userId;
        private final Optional<Token> token;

        RowLock(Connection c, String userId, Optional<Token> token) {
            this.c = c;
            this.userId = userId;
            this.token = token;
        }

        @Override
        public Optional<Token> token() {
            return token;
        }

        @Override
        public void save(Token updated) {
            Checks.notNull(updated, "token");
            if (!updated.userId().equals(userId)) {
                throw new IllegalArgumentException("the lock holds user " + userId + ", not " + updated.userId());
            }
            try {
                upsert(c, updated);
            } catch (SQLException e) {
                throw failure("save a locked token in", e);
            }
        }

        @Override
        public void remove() {
            try {
                delete(c, userId);
            } catch (SQLException e) {
                throw failure("remove a locked token from", e);
            }
        }

        @Override
        public void close() {
            try (c) {
                c.commit();
            } catch (SQLException e) {
                throw failure("release a token lock in", e);
            }
        }

        @Override
        public String toString() {
            return "TokenLock[" + table + ", user " + userId + "]";
        }
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
