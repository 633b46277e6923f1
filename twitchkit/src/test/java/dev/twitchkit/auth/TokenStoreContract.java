package dev.twitchkit.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link TokenStore} must do; each store's test extends this. */
abstract class TokenStoreContract {
    static final Instant EXPIRY = Instant.parse("2026-11-28T20:00:00.123Z");
    static final Instant VALIDATED = Instant.parse("2026-11-28T16:00:00.456Z");

    /** A new, empty store. */
    abstract TokenStore newStore() throws Exception;

    static Token full(String userId) {
        return new Token(userId, "login" + userId, "access-" + userId, "refresh-" + userId,
                ScopeSet.ofStrings(List.of("user:read:chat", "not:yet:known")), EXPIRY, VALIDATED, false);
    }

    @Test
    void roundTripsEveryField() throws Exception {
        TokenStore store = newStore();
        store.save(full("1"));
        store.save(Token.ofUser("2", "access-2", null));

        assertThat(store.loadAll()).containsExactlyInAnyOrder(full("1"), Token.ofUser("2", "access-2", null));
    }

    @Test
    void saveReplacesAndRemoveDeletes() throws Exception {
        TokenStore store = newStore();
        store.save(full("1"));
        Token rotated = full("1").refreshed("access-new", "refresh-new", null, EXPIRY.plus(4, ChronoUnit.HOURS),
                VALIDATED);
        store.save(rotated);
        store.save(full("2"));
        store.remove("2");
        store.remove("never-there");

        assertThat(store.loadAll()).containsExactly(rotated);
    }
}
