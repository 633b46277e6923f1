package dev.twitchkit.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a store that persists must do besides {@link TokenStoreContract}: keep its tokens across a restart. */
abstract class PersistentTokenStoreContract extends TokenStoreContract {

    /** A second instance over the same storage, as after a restart. */
    abstract TokenStore reopen() throws Exception;

    @Test
    void survivesAReopen() throws Exception {
        TokenStore store = newStore();
        store.save(full("1"));
        store.save(full("2"));
        store.remove("2");
        store.close();

        try (TokenStore again = reopen()) {
            assertThat(again.loadAll()).containsExactly(full("1"));
        }
    }
}
