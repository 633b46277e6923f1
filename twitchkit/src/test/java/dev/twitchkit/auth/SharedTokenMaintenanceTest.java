package dev.twitchkit.auth;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two {@link App}s on one PostgreSQL token store, as two processes would be: what one does to a token, the other
 * picks up (at validation, on a 401) instead of refreshing again. {@link SharedTokenProcessesTest} has real processes.
 */
class SharedTokenMaintenanceTest {
    private MockTwitch twitch;
    private MockUser user;
    private App first;
    private App second;
    private final RecordingTokenListener heardBySecond = new RecordingTokenListener();

    @BeforeEach
    void start() {
        twitch = MockTwitch.start();
        user = twitch.createUser("shared", "user:read:chat");
        String url = TestPostgres.newDatabase();
        first = AppTestSupport.builder(twitch).tokenStore(JdbcTokenStore.forUrl(url)).build();
        await(first.authorize());
        await(first.addUser(user.accessToken(), user.refreshToken()));
        second = AppTestSupport.builder(twitch).tokenStore(JdbcTokenStore.forUrl(url)).build();
        await(second.authorize());
        second.addTokenListener(heardBySecond);
    }

    @AfterEach
    void stop() {
        second.close();
        first.close();
        twitch.close();
    }

    @Test
    void aTokenRefreshedElsewhereIsPickedUpAtValidation() {
        Token refreshed = await(first.maintenance().refresh(user.id()));

        Token validated = await(second.maintenance().validate(user.id()));

        assertThat(validated.accessToken()).isEqualTo(refreshed.accessToken());
        assertThat(second.getToken(user.id()).orElseThrow().accessToken()).isEqualTo(refreshed.accessToken());
        assertThat(heardBySecond.events()).contains("update " + user.id());
        assertThat(twitch.refreshCount(user.id())).isEqualTo(1);
    }

    @Test
    void aTokenRemovedElsewhereIsDroppedAtValidation() {
        first.removeToken(user.id());

        assertThat(failure(second.maintenance().validate(user.id()))).isInstanceOf(InvalidTokenException.class);
        assertThat(second.getToken(user.id())).isEmpty();
        assertThat(heardBySecond.events()).containsExactly("remove " + user.id());
    }

    @Test
    void aValidationAnsweredAfterARefreshElsewhereDoesNotBringBackTheSpentToken() {
        Token held = second.getToken(user.id()).orElseThrow();
        Token refreshed = await(first.maintenance().refresh(user.id())); // while Twitch answered the validation
        SharedTokens shared = new SharedTokens(second.registry(), (SharedTokenStore) second.registry().store());

        Token kept = await(shared.saveValidated(held, held.validated(held.login(), held.scopes(), null,
                Instant.now())));

        assertThat(kept.accessToken()).isEqualTo(refreshed.accessToken());
        assertThat(first.registry().store().loadAll()).extracting(Token::accessToken)
                .containsExactly(refreshed.accessToken());
        assertThat(second.getToken(user.id()).orElseThrow().accessToken()).isEqualTo(refreshed.accessToken());
    }

    @Test
    void aRejectedTokenThatWasRefreshedElsewhereIsReplacedWithoutARefresh() {
        Token refreshed = await(first.maintenance().refresh(user.id())); // the second's token is now dead

        await(second.getUserById(user.id()).users().getUsers(List.of(user.id()), List.of()));

        assertThat(second.getToken(user.id()).orElseThrow().accessToken()).isEqualTo(refreshed.accessToken());
        assertThat(twitch.refreshCount(user.id())).isEqualTo(1);
    }
}
