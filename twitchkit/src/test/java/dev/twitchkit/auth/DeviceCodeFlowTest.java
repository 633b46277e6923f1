package dev.twitchkit.auth;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every state of the device code grant against the mock, with short intervals. */
class DeviceCodeFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private MockTwitch twitch;
    private final CompletableFuture<DeviceCode> shown = new CompletableFuture<>();

    @AfterEach
    void stop() {
        twitch.close();
    }

    private OAuthClient publicClient() {
        return new OAuthClient(twitch.clientId(), null, twitch.urls().oauth(), HttpClient.newHttpClient(),
                Duration.ofSeconds(5));
    }

    private DeviceCodeFlow.Builder flow() {
        return DeviceCodeFlow.builder(publicClient())
                .scopes(ScopeSet.of(Scope.USER_READ_CHAT, Scope.USER_WRITE_CHAT))
                .onCode(shown::complete);
    }

    @Test
    void pollsWhilePendingAndReturnsTheTokenOnceApproved() {
        twitch = MockTwitch.builder().deviceInterval(Duration.ofMillis(50)).start();
        MockUser user = twitch.createUser("viewer");
        // The mock states its interval in whole seconds, as Twitch; polling a little slower than its real 50 ms
        // keeps the test fast without earning slow_down.
        DeviceCodeFlow flow = flow().pollInterval(Duration.ofMillis(60)).build();

        CompletableFuture<OAuthToken> token = flow.start();
        DeviceCode code = await(shown);
        assertThat(code.userCode()).isNotBlank();
        assertThat(code.verificationUri()).isNotNull();
        assertThat(code.toString()).doesNotContain(code.deviceCode());
        await().atMost(WAIT).until(() -> flow.polls() >= 2);
        assertThat(token).isNotDone();

        twitch.approveDevice(code.userCode(), user.id());

        OAuthToken result = await(token);
        assertThat(result.refreshToken()).isNotBlank();
        assertThat(result.scopes().known()).containsExactlyInAnyOrder(Scope.USER_READ_CHAT, Scope.USER_WRITE_CHAT);
        assertThat(await(publicClient().validate(result.accessToken())).userId()).isEqualTo(user.id());
        assertThat(flow.interval()).as("no slow_down at a compliant interval").isEqualTo(Duration.ofMillis(60));
    }

    @Test
    void slowDownAddsTheStepToTheInterval() {
        twitch = MockTwitch.builder().deviceInterval(Duration.ofMillis(200)).start();
        MockUser user = twitch.createUser("viewer");
        DeviceCodeFlow flow = flow().pollInterval(Duration.ofMillis(40)).slowDownStep(Duration.ofMillis(200)).build();

        CompletableFuture<OAuthToken> token = flow.start();
        DeviceCode code = await(shown);
        await().atMost(WAIT).until(() -> flow.interval().equals(Duration.ofMillis(240)));
        twitch.approveDevice(code.userCode(), user.id());

        assertThat(await(token).accessToken()).isNotBlank();
        assertThat(flow.interval()).isEqualTo(Duration.ofMillis(240));
    }

    @Test
    void anExpiredCodeEndsTheFlowAndTwitchsIntervalIsUsedByDefault() {
        twitch = MockTwitch.builder().deviceInterval(Duration.ofMillis(50)).start();
        DeviceCodeFlow flow = flow().build();
        CompletableFuture<OAuthToken> token = flow.start();
        DeviceCode code = await(shown);
        assertThat(flow.interval()).isEqualTo(code.interval());

        twitch.clock().advance(Duration.ofHours(1));

        assertThat(failure(token)).isInstanceOf(DeviceCodeExpiredException.class);
    }

    @Test
    void aDeniedCodeEndsTheFlow() {
        twitch = MockTwitch.builder().deviceInterval(Duration.ofMillis(50)).start();
        CompletableFuture<OAuthToken> token = flow().pollInterval(Duration.ofMillis(60)).build().start();

        twitch.denyDevice(await(shown).userCode());

        assertThat(failure(token)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void theFlowTimesOut() {
        twitch = MockTwitch.builder().deviceInterval(Duration.ofMillis(50)).start();
        DeviceCodeFlow flow = flow().timeout(Duration.ofMillis(300)).build();

        Throwable error = failure(flow.start());

        assertThat(error).isInstanceOf(TimeoutException.class);
        int polls = flow.polls();
        assertThat(pollsOfASecondFlow(3)).isEqualTo(3);
        assertThat(flow.polls()).as("a timed-out flow polls no more").isEqualTo(polls);
    }

    @Test
    void cancellingStopsThePolling() throws Exception {
        twitch = MockTwitch.builder().deviceInterval(Duration.ofMillis(30)).start();
        DeviceCodeFlow flow = flow().pollInterval(Duration.ofMillis(40)).build();
        CompletableFuture<OAuthToken> token = flow.start();
        await().atMost(WAIT).until(() -> flow.polls() >= 1);

        token.cancel(true);
        int polls = flow.polls();
        // A second flow polling at the same pace is the clock: while it polls three times, a live first flow
        // would have polled too (one poll already on its way when cancelled may still count).
        assertThat(pollsOfASecondFlow(3)).isEqualTo(3);

        assertThat(flow.polls()).isBetween(polls, polls + 1);
        assertThat(token.isCancelled()).isTrue();
    }

    /** Runs another flow polling every 60 ms (no slow_down from the mock) until it polled {@code times} times. */
    private int pollsOfASecondFlow(int times) {
        DeviceCodeFlow witness = flow().pollInterval(Duration.ofMillis(60)).build();
        CompletableFuture<OAuthToken> token = witness.start();
        try {
            await().atMost(WAIT).until(() -> witness.polls() >= times);
            return Math.min(witness.polls(), times);
        } finally {
            token.cancel(true);
        }
    }
}
