package dev.twitchkit.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC store on a real PostgreSQL ({@link TestPostgres}): the contract, its schema versions and its row lock. */
class PostgresTokenStoreTest extends JdbcTokenStoreContract {
    private String url;

    @BeforeEach
    void database() {
        url = TestPostgres.newDatabase();
    }

    @Override
    String url() {
        return url;
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
}
