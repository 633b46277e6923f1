package dev.twitchkit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC store on a real PostgreSQL ({@link TestPostgres}): the contract, its schema versions and its lock. */
class PostgresTokenStoreTest extends PersistentTokenStoreContract {
    private String url;

    @BeforeEach
    void database() {
        url = TestPostgres.newDatabase();
    }

    @Override
    TokenStore newStore() {
        return JdbcTokenStore.forUrl(url);
    }

    @Override
    TokenStore reopen() {
        return JdbcTokenStore.forUrl(url);
    }

    @Test
    void aTableOfTheFirstSchemaIsUpgradedWithItsRows() throws SQLException {
        execute("CREATE TABLE twitchkit_tokens (user_id VARCHAR(64) NOT NULL PRIMARY KEY, login VARCHAR(64), "
                + "access_token VARCHAR(1024) NOT NULL, refresh_token VARCHAR(1024), scopes VARCHAR(8000), "
                + "expires_at BIGINT, last_validated BIGINT)");
        execute("INSERT INTO twitchkit_tokens VALUES ('1', 'login1', 'access-1', 'refresh-1', "
                + "'user:read:chat not:yet:known', " + EXPIRY.toEpochMilli() + ", " + VALIDATED.toEpochMilli() + ")");

        JdbcTokenStore store = JdbcTokenStore.forUrl(url);
        assertThat(store.loadAll()).containsExactly(full("1"));
        store.save(full("2"));

        assertThat(query("SELECT version FROM twitchkit_tokens_schema")).isEqualTo(JdbcTokenSchema.CURRENT_VERSION);
        assertThat(query("SELECT revision FROM twitchkit_tokens WHERE user_id = '1'")).isZero();
        store.save(full("1"));
        assertThat(query("SELECT revision FROM twitchkit_tokens WHERE user_id = '1'")).isEqualTo(1);
        assertThat(JdbcTokenStore.forUrl(url).loadAll()).containsExactlyInAnyOrder(full("1"), full("2"));
    }

    @Test
    void aSchemaNewerThanTheLibraryIsRefused() throws SQLException {
        JdbcTokenStore.forUrl(url).loadAll();
        execute("UPDATE twitchkit_tokens_schema SET version = 99");

        assertThatThrownBy(() -> JdbcTokenStore.forUrl(url).loadAll())
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("schema version 99");
    }

    @Test
    void aSecondLockWaitsForTheFirstAndReadsWhatItLeft() throws Exception {
        JdbcTokenStore store = JdbcTokenStore.forUrl(url);
        store.save(full("1"));
        Token refreshed = full("1").refreshed("access-new", "refresh-new", null, EXPIRY, VALIDATED);

        CompletableFuture<Token> second;
        try (SharedTokenStore.TokenLock first = store.lock("1")) {
            CountDownLatch asking = new CountDownLatch(1);
            second = CompletableFuture.supplyAsync(() -> {
                asking.countDown();
                try (SharedTokenStore.TokenLock lock = JdbcTokenStore.forUrl(url).lock("1")) {
                    return lock.token().orElseThrow();
                }
            });
            assertThat(asking.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(first.token()).contains(full("1"));
            first.save(refreshed);
            assertThat(second).isNotDone();
        }
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(refreshed);
        assertThat(store.load("1")).contains(refreshed);
    }

    @Test
    void aTokenRemovedUnderTheLockIsGoneForTheNext() {
        JdbcTokenStore store = JdbcTokenStore.forUrl(url);
        store.save(full("1"));
        try (SharedTokenStore.TokenLock lock = store.lock("1")) {
            lock.remove();
        }
        try (SharedTokenStore.TokenLock lock = store.lock("1")) {
            assertThat(lock.token()).isEmpty();
        }
        assertThat(store.load("1")).isEmpty();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private long query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        }
    }
}
