package dev.twitchkit.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {
    @Test
    void everyConstantRoundTripsThroughItsString() {
        for (Scope scope : Scope.values()) {
            assertThat(Scope.of(scope.value())).contains(scope);
            assertThat(scope.value()).matches("[a-z_]+(:[a-z_]+)+");
        }
        assertThat(Arrays.stream(Scope.values()).map(Scope::value).distinct()).hasSize(Scope.values().length);
    }

    @Test
    void theScopesTheSeedMissedAreThere() {
        assertThat(Scope.of("moderator:read:vips")).contains(Scope.MODERATOR_READ_VIPS);
        assertThat(Scope.of("moderator:read:moderators")).contains(Scope.MODERATOR_READ_MODERATORS);
        assertThat(Scope.of("editor:manage:clips")).contains(Scope.EDITOR_MANAGE_CLIPS);
        assertThat(Scope.of("channel:manage:clips")).contains(Scope.CHANNEL_MANAGE_CLIPS);
        assertThat(Scope.of("no:such:scope")).isEmpty();
        assertThat(Scope.of(null)).isEmpty();
    }

    @Test
    void aScopeSetKeepsUnknownScopesVerbatim() {
        ScopeSet set = ScopeSet.parse(" user:read:chat  brand:new:scope user:read:chat ");

        assertThat(set.values()).containsExactly("user:read:chat", "brand:new:scope");
        assertThat(set.known()).containsExactly(Scope.USER_READ_CHAT);
        assertThat(set.unknown()).containsExactly("brand:new:scope");
        assertThat(set.contains(Scope.USER_READ_CHAT)).isTrue();
        assertThat(set.toParameter()).isEqualTo("user:read:chat brand:new:scope");
        assertThat(ScopeSet.ofStrings(List.of("brand:new:scope", "user:read:chat"))).isEqualTo(set);
        assertThat(ScopeSet.parse(null).isEmpty()).isTrue();
        assertThat(set.containsAll(ScopeSet.of(Scope.USER_READ_CHAT))).isTrue();
    }
}
