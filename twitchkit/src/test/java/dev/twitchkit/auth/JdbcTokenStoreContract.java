package dev.twitchkit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** What {@link JdbcTokenStore} must do on every database it supports: the store contract and its schema versions. */
abstract class JdbcTokenStoreContract extends PersistentTokenStoreContract {

    /** The JDBC URL of the test's database, empty at the start of each test. */
    abstract String url();

    @Override
    TokenStore newStore() {
        return JdbcTokenStore.forUrl(url());
    }

    @Override
    TokenStore reopen() {
        return JdbcTokenStore.forUrl(url());
    }

    @Test
    void aTableOfTheFirstSchemaIsUpgradedWithItsRows() throws SQLException {
        execute("CREATE TABLE twitchkit_tokens (user_id VARCHAR(64) NOT NULL PRIMARY KEY, login VARCHAR(64), "
                + "access_token VARCHAR(1024) NOT NULL, refresh_token VARCHAR(1024), scopes VARCHAR(8000), "
                + "expires_at BIGINT, last_validated BIGINT)");
        execute("INSERT INTO twitchkit_tokens VALUES ('1', 'login1', 'access-1', 'refresh-1', "
                + "'user:read:chat not:yet:known', " + EXPIRY.toEpochMilli() + ", " + VALIDATED.toEpochMilli() + ")");

        JdbcTokenStore store = JdbcTokenStore.forUrl(url());
        assertThat(store.loadAll()).containsExactly(full("1"));
        store.save(full("2"));

        assertThat(query("SELECT version FROM twitchkit_tokens_schema")).isEqualTo(JdbcTokenSchema.CURRENT_VERSION);
        assertThat(query("SELECT revision FROM twitchkit_tokens WHERE user_id = '1'")).isZero();
        store.save(full("1"));
        assertThat(query("SELECT revision FROM twitchkit_tokens WHERE user_id = '1'")).isEqualTo(1);
        assertThat(JdbcTokenStore.forUrl(url()).loadAll()).containsExactlyInAnyOrder(full("1"), full("2"));
    }

    @Test
    void aSchemaNewerThanTheLibraryIsRefused() throws SQLException {
        JdbcTokenStore.forUrl(url()).loadAll();
        execute("UPDATE twitchkit_tokens_schema SET version = 99");

        assertThatThrownBy(() -> JdbcTokenStore.forUrl(url()).loadAll())
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("schema version 99");
    }

    void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    long query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        }
    }
}
