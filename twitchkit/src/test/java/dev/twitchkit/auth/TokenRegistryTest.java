package dev.twitchkit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class TokenRegistryTest {
    private final MemoryTokenStore store = new MemoryTokenStore();
    private final TokenRegistry registry = new TokenRegistry(store);

    @Test
    void aThrowingListenerDoesNotStopTheOthers() {
        List<String> heard = new CopyOnWriteArrayList<>();
        registry.addListener(new TokenListener() {
            @Override
            public void onTokenUpdate(String userId) {
                throw new IllegalStateException("boom");
            }
        });
        registry.addListener(new TokenListener() {
            @Override
            public void onTokenUpdate(String userId) {
                heard.add(userId);
            }
        });

        registry.put(Token.ofUser("1", "a", "r"));

        assertThat(heard).containsExactly("1");
        assertThat(store.loadAll()).hasSize(1);
    }

    @Test
    void aRotatedRefreshTokenLeadsToTheTokenThatReplacedIt() {
        registry.put(Token.ofUser("1", "a1", "r1"));
        registry.put(Token.ofUser("1", "a2", "r2"));   // a refresh that rotated r1
        registry.put(Token.ofUser("1", "a3", "r2"));   // one that kept r2

        assertThat(registry.successorOf("r1")).map(Token::accessToken).hasValue("a3");
        assertThat(registry.successorOf("r2")).as("still current, not replaced").isEmpty();
        assertThat(registry.successorOf("unknown")).isEmpty();
        assertThat(registry.successorOf(null)).isEmpty();

        registry.remove("1");
        assertThat(registry.successorOf("r1")).as("the user is gone").isEmpty();
    }

    @Test
    void replaceOnlyWinsOverTheExpectedToken() {
        registry.put(Token.ofUser("1", "old", "r"));
        registry.put(Token.ofUser("1", "newer", "r"));

        assertThat(registry.replace("old", Token.ofUser("1", "stale-update", "r"))).isFalse();
        assertThat(registry.require("1").accessToken()).isEqualTo("newer");
        assertThat(registry.replace("newer", Token.ofUser("1", "next", "r"))).isTrue();
        assertThat(registry.require("1").accessToken()).isEqualTo("next");
    }

    @Test
    void appTokensAreNotPersistedAndMissingOnesAreNamed() {
        registry.put(new Token("client", null, "app-access", null, ScopeSet.empty(), null, null, true));

        assertThat(store.loadAll()).isEmpty();
        assertThat(registry.get("client")).isPresent();
        assertThatThrownBy(() -> registry.require("42")).isInstanceOf(MissingTokenException.class)
                .hasMessageContaining("42");
    }

    @Test
    void removingAnUnknownUserIsQuiet() {
        List<String> removed = new CopyOnWriteArrayList<>();
        registry.addListener(new TokenListener() {
            @Override
            public void onTokenRemove(String userId) {
                removed.add(userId);
            }
        });
        assertThat(registry.remove("nobody")).isEmpty();
        assertThat(removed).isEmpty();
    }

    @Test
    void badTokensAreRefused() {
        assertThatThrownBy(() -> Token.ofUser(" ", "a", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Token.ofUser("1", null, null)).isInstanceOf(NullPointerException.class);
        assertThat(Token.ofUser("1", "a", " ").refreshToken()).isNull();
    }
}
