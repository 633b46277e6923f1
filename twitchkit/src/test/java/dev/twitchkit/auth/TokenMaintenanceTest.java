package dev.twitchkit.auth;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Background maintenance driven by the mock's clock: "an hour later" is {@code clock().advance}, not a sleep. */
class TokenMaintenanceTest {
    private static final Duration TICK = Duration.ofMillis(20);
    private static final Duration WAIT = Duration.ofSeconds(5);

    private MockTwitch twitch;
    private App app;
    private MockUser streamer;
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        twitch = MockTwitch.start();
        streamer = twitch.createUser("streamer", "user:read:chat");
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        twitch.close();
    }

    /** Counts the maintenance passes that ran, so a test can wait for ticks instead of sleeping. */
    private final AtomicInteger passes = new AtomicInteger();

    private App startApp(App.Builder<?> builder) {
        app = new App(builder) {
            @Override
            protected void tokenMaintenanceTask() {
                super.tokenMaintenanceTask();
                passes.incrementAndGet();
            }
        };
        app.addTokenListener(new TokenListener() {
            @Override
            public void onTokenUpdate(String userId) {
                events.add("update " + userId);
            }

            @Override
            public void onTokenRemove(String userId) {
                events.add("remove " + userId);
            }
        });
        await(app.authorize());
        await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        return app;
    }

    private App startApp() {
        return startApp(AppTestSupport.builder(twitch).tokenMaintenance(true).maintenanceTick(TICK));
    }

    @Test
    void everyTokenIsValidatedAgainAfterAnHour() throws Exception {
        startApp();
        assertThat(twitch.validationCountOfUser(streamer.id())).isEqualTo(1);

        int before = passes.get();
        await().atMost(WAIT).until(() -> passes.get() >= before + 5);
        assertThat(twitch.validationCountOfUser(streamer.id())).as("no validation before the hour").isEqualTo(1);

        twitch.clock().advance(Duration.ofMinutes(61));
        await().atMost(WAIT).until(() -> twitch.validationCountOfUser(streamer.id()) == 2);
        assertThat(app.tokensValidity().get(streamer.id()).lastValidated())
                .isAfter(twitch.clock().instant().minus(Duration.ofMinutes(1)));

        twitch.clock().advance(Duration.ofMinutes(61));
        await().atMost(WAIT).until(() -> twitch.validationCountOfUser(streamer.id()) == 3);
        assertThat(twitch.refreshCount(streamer.id())).isZero();
    }

    @Test
    void aTokenIsRefreshedBeforeItExpiresAndTheRotatedRefreshTokenKept() {
        startApp();
        String appTokenBefore = app.getToken(twitch.clientId()).orElseThrow().accessToken();

        twitch.clock().advance(twitch.settings().tokenTtl().minus(Duration.ofMinutes(5)));

        await().atMost(WAIT).until(() -> twitch.refreshCount(streamer.id()) == 1);
        await().atMost(WAIT).until(() -> !app.getToken(twitch.clientId()).orElseThrow().accessToken()
                .equals(appTokenBefore));
        Token now = app.getToken(streamer.id()).orElseThrow();
        assertThat(now.accessToken()).isNotEqualTo(streamer.accessToken());
        assertThat(now.refreshToken()).isNotEqualTo(streamer.refreshToken());
        assertThat(now.expiresAt()).isAfter(twitch.clock().instant().plus(Duration.ofHours(3)));
        assertThat(events).contains("update " + streamer.id());
        // The rotated refresh token is the one that works now.
        assertThat(await(app.oauth().refresh(now.refreshToken())).accessToken()).isNotBlank();
    }

    @Test
    void aTokenWhoseRefreshTokenWasRevokedIsRemovedWithARemoveEvent() {
        startApp();
        twitch.revokeRefreshToken(streamer.refreshToken());

        twitch.clock().advance(twitch.settings().tokenTtl().minus(Duration.ofMinutes(5)));

        await().atMost(WAIT).until(() -> !app.tokens().containsKey(streamer.id()));
        assertThat(events).contains("remove " + streamer.id());
        assertThat(app.tokens()).containsKey(twitch.clientId());
    }

    @Test
    void aTokenFailingValidationIsRefreshedRatherThanKeptForever() {
        startApp();
        twitch.expireToken(streamer.accessToken());

        twitch.clock().advance(Duration.ofMinutes(61));

        await().atMost(WAIT).until(() -> twitch.refreshCount(streamer.id()) == 1);
        assertThat(app.getToken(streamer.id()).orElseThrow().accessToken()).isNotEqualTo(streamer.accessToken());
    }

    @Test
    void aTokenWithoutRefreshTokenFailingValidationIsRemoved() {
        startApp();
        MockUser bot = twitch.createUser("bot");
        await(app.addUser(bot.accessToken(), null));
        twitch.revokeToken(bot.accessToken());

        twitch.clock().advance(Duration.ofMinutes(61));

        await().atMost(WAIT).until(() -> !app.tokens().containsKey(bot.id()));
        assertThat(events).contains("remove " + bot.id());
        assertThat(app.tokens()).containsKey(streamer.id());
    }

    @Test
    void aRefreshThatFailsForAnotherReasonKeepsTheTokenAndTheNextPassSucceeds() {
        startApp(AppTestSupport.builder(twitch));
        twitch.failNextRefresh(503, "Service Unavailable");

        Throwable error = dev.twitchkit.AppTestSupport.failure(app.maintenance().refresh(streamer.id()));

        assertThat(error).isInstanceOf(OAuthException.class);
        assertThat(((OAuthException) error).status()).isEqualTo(503);
        assertThat(app.tokens()).containsKey(streamer.id());
        assertThat(events).doesNotContain("remove " + streamer.id());
        assertThat(await(app.maintenance().refresh(streamer.id())).accessToken())
                .isNotEqualTo(streamer.accessToken());
    }

    @Test
    void maintenanceCanBeSwitchedOff() throws Exception {
        startApp(AppTestSupport.builder(twitch).tokenMaintenance(false).maintenanceTick(TICK));
        // A second app with maintenance on, on the same tick, shows when the hour's validation would have run.
        MockUser other = twitch.createUser("other", "user:read:chat");
        try (App witness = AppTestSupport.builder(twitch).tokenMaintenance(true).maintenanceTick(TICK).build()) {
            await(witness.authorize());
            await(witness.addUser(other.accessToken(), other.refreshToken()));

            twitch.clock().advance(Duration.ofMinutes(61));
            await().atMost(WAIT).until(() -> twitch.validationCountOfUser(other.id()) >= 2);
        }

        assertThat(passes.get()).isZero();
        assertThat(twitch.validationCountOfUser(streamer.id())).isEqualTo(1);
    }

    @Test
    void theMaintenanceTaskCanBeOverridden() {
        AtomicInteger passes = new AtomicInteger();
        app = new App(AppTestSupport.builder(twitch).tokenMaintenance(true).maintenanceTick(TICK)) {
            @Override
            protected void tokenMaintenanceTask() {
                passes.incrementAndGet();
            }
        };
        await(app.authorize());
        await(app.addUser(streamer.accessToken(), streamer.refreshToken()));

        twitch.clock().advance(Duration.ofMinutes(61));
        await().atMost(WAIT).until(() -> passes.get() >= 3);

        assertThat(twitch.validationCountOfUser(streamer.id())).isEqualTo(1);
    }

    @Test
    void storedTokensAreValidatedAtStart() {
        MemoryTokenStore store = new MemoryTokenStore();
        store.save(Token.ofUser(streamer.id(), streamer.accessToken(), streamer.refreshToken()));
        app = AppTestSupport.builder(twitch).tokenStore(store).build();

        await(app.authorize());

        assertThat(twitch.validationCountOfUser(streamer.id())).isEqualTo(1);
        assertThat(app.getToken(streamer.id()).orElseThrow().login()).isEqualTo("streamer");
        assertThat(store.loadAll().get(0).login()).isEqualTo("streamer");
    }
}
