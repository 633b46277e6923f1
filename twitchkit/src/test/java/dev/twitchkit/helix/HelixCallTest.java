package dev.twitchkit.helix;

import dev.twitchkit.helix.users.User;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.auth.InvalidTokenException;
import dev.twitchkit.auth.MissingTokenException;
import dev.twitchkit.auth.TokenListener;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Helix call's error handling against the mock: 401 refresh, retries, typed exceptions. */
class HelixCallTest {
    private MockTwitch twitch;
    private App app;
    private MockUser streamer;
    private HelixApi api;

    @BeforeEach
    void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        streamer = twitch.createUser("streamer", "user:write:chat");
        api = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
    }

    @AfterEach
    void stop() {
        app.close();
        twitch.close();
    }

    @Test
    void tokenExpiredInTheMiddleOfACallIsRefreshedAndTheCallRetriedOnce() {
        twitch.expireToken(streamer.accessToken());

        User me = await(api.users().me());

        assertThat(me.id()).isEqualTo(streamer.id());
        assertThat(twitch.refreshCount(streamer.id())).isEqualTo(1);
        assertThat(app.getToken(streamer.id()).orElseThrow().accessToken()).isNotEqualTo(streamer.accessToken());
    }

    @Test
    void tenConcurrentCallersOnADeadTokenCauseOneRefresh() throws Exception {
        twitch.expireToken(streamer.accessToken());
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<User>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                awaitLatch(go);
                return api.users().me();
            }).thenCompose(f -> f));
        }
        go.countDown();

        for (CompletableFuture<User> call : calls) {
            assertThat(await(call).id()).isEqualTo(streamer.id());
        }
        assertThat(twitch.refreshCount(streamer.id())).isEqualTo(1);
    }

    @Test
    void anExpiredAppTokenIsReplacedByClientCredentialsAndTheCallRetried() {
        await(app.authorize());
        String before = app.getToken(twitch.clientId()).orElseThrow().accessToken();
        twitch.expireToken(before);

        assertThat(await(app.application().users().byIds(java.util.List.of(streamer.id())))).hasSize(1);

        assertThat(app.getToken(twitch.clientId()).orElseThrow().accessToken()).isNotEqualTo(before);
    }

    @Test
    void aSecond401AfterTheRefreshReachesTheCaller() {
        twitch.failNextHelixRequests(2, 401, "Invalid OAuth token");

        Throwable error = failure(api.users().me());

        assertThat(error).isInstanceOf(UnauthorizedException.class);
        assertThat(((HelixException) error).twitchMessage()).isEqualTo("Invalid OAuth token");
        assertThat(twitch.refreshCount(streamer.id())).isEqualTo(1);
    }

    @Test
    void a401ThatIsNotAboutTheTokenIsNeitherRefreshedNorSentAgain() {
        twitch.clearHelixRequests();
        twitch.failNextHelixRequests(1, 401, "The user is not authorized to delete one of the videos.");

        Throwable error = failure(api.users().me());

        assertThat(error).isInstanceOf(UnauthorizedException.class).hasMessageContaining("not authorized");
        assertThat(twitch.refreshCount(streamer.id())).isZero();
        assertThat(twitch.helixRequests()).hasSize(1);
    }

    @Test
    void revokedRefreshTokenRemovesTheTokenWithARemoveEvent() {
        List<String> removed = new CopyOnWriteArrayList<>();
        app.addTokenListener(new TokenListener() {
            @Override
            public void onTokenRemove(String userId) {
                removed.add(userId);
            }
        });
        twitch.revokeToken(streamer.accessToken());

        Throwable error = failure(api.users().me());

        assertThat(error).isInstanceOf(InvalidTokenException.class)
                .hasMessageNotContaining(streamer.refreshToken());
        assertThat(removed).containsExactly(streamer.id());
        assertThat(app.tokens()).doesNotContainKey(streamer.id());
        assertThat(failure(api.users().me())).isInstanceOf(MissingTokenException.class);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffUntilTheySucceed() {
        twitch.failNextHelixRequests(2, 503, "Service Unavailable");

        assertThat(await(api.users().me()).id()).isEqualTo(streamer.id());
    }

    @Test
    void persistentServerErrorsEndInServerErrorExceptionAfterTheBoundedRetries() {
        twitch.failNextHelixRequests(AppTestSupport.FAST.maxRetries() + 1, 500, "Internal Server Error");

        Throwable error = failure(api.users().me());

        assertThat(error).isInstanceOf(ServerErrorException.class);
        assertThat(((HelixException) error).status()).isEqualTo(500);
        // The retries consumed exactly the scripted failures: the next call goes through.
        assertThat(await(api.users().me()).id()).isEqualTo(streamer.id());
    }

    @ParameterizedTest
    @CsvSource({
            "400, BadRequestException, Missing required parameter",
            "403, ForbiddenException, The user is banned",
            "404, NotFoundException, No such thing",
            "409, ConflictException, subscription already exists",
            "429, RateLimitedException, number of websocket transports limit exceeded",
            "418, HelixException, I'm a teapot"})
    void eachStatusHasItsExceptionWithTwitchsMessage(int status, String type, String message) {
        twitch.failNextHelixRequests(1, status, message);

        Throwable error = failure(api.users().me());

        assertThat(error.getClass().getSimpleName()).isEqualTo(type);
        HelixException helix = (HelixException) error;
        assertThat(helix.status()).isEqualTo(status);
        assertThat(helix.twitchMessage()).isEqualTo(message);
        assertThat(helix.route()).isEqualTo("GET /users");
        assertThat(helix.getMessage()).contains(message).doesNotContain(streamer.accessToken());
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
