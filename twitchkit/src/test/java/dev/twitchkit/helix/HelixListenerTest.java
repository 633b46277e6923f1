package dev.twitchkit.helix;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link HelixListener}: one report per call, after its retries, with the route and the last status. */
class HelixListenerTest {
    private record Call(String route, int status, Duration duration) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final HelixListener recorder = (route, status, duration) -> calls.add(new Call(route, status, duration));
    private MockTwitch twitch;
    private App app;
    private HelixApi api;

    @BeforeEach
    void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        MockUser streamer = twitch.createUser("streamer", "user:write:chat");
        api = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        app.helix().addListener(recorder);
    }

    @AfterEach
    void stop() {
        app.close();
        twitch.close();
    }

    @Test
    void aSuccessfulCallIsReportedOnceWithItsRouteAndStatus() {
        await(api.users().me());

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.route()).isEqualTo("GET /users");
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.duration()).isPositive();
        });
    }

    @Test
    void retriesAreOneCallReportedWithTheStatusOfTheLastAnswer() {
        twitch.failNextHelixRequests(1, 503, "Service Unavailable");
        await(api.users().me());
        twitch.failNextHelixRequests(1, 404, "Not Found");
        failure(api.users().me());

        assertThat(calls).extracting(Call::status).containsExactly(200, 404);
    }

    @Test
    void aCallRefusedBeforeSendingReportsStatusZero() {
        failure(api.moderation().getBannedUsers().nextPage());

        assertThat(calls).singleElement().extracting(Call::status).isEqualTo(0);
    }

    @Test
    void aFailingListenerNeitherBreaksTheCallNorSilencesTheOthers() {
        app.helix().addListener((route, status, duration) -> {
            throw new IllegalStateException("broken listener");
        });
        List<String> after = new CopyOnWriteArrayList<>();
        app.helix().addListener((route, status, duration) -> after.add(route));

        assertThat(await(api.users().me())).isNotNull();
        assertThat(after).containsExactly("GET /users");
    }

    @Test
    void aRemovedListenerHearsNothingMore() {
        app.helix().removeListener(recorder);

        await(api.users().me());

        assertThat(calls).isEmpty();
    }
}
