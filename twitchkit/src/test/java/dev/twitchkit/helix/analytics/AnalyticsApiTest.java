package dev.twitchkit.helix.analytics;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.mock.MockExtension;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both analytics endpoints end to end against the mock: report URLs of what the user owns. */
class AnalyticsApiTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-01-31T00:00:00Z");
    private static MockTwitch twitch;
    private static App app;
    private static MockUser developer;
    private static MockExtension extension;
    private static HelixApi developerApi;
    private static HelixApi viewerApi;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        developer = twitch.createUser("Developer", "analytics:read:extensions", "analytics:read:games");
        MockUser viewer = twitch.createUser("viewer");
        extension = twitch.registerExtension(developer.id());
        twitch.ownGame(developer.id(), "493057");
        twitch.ownGame(developer.id(), "33214");
        developerApi = await(app.addUser(developer.accessToken(), developer.refreshToken()));
        viewerApi = await(app.addUser(viewer.accessToken(), viewer.refreshToken()));
    }

    @AfterAll
    static void stop() {
        app.close();
        twitch.close();
    }

    @BeforeEach
    void forgetRequests() {
        twitch.clearHelixRequests();
    }

    @Test
    void extensionReportsCoverTheUsersExtensions() {
        List<ExtensionReport> all = await(developerApi.analytics().getExtensionAnalytics().all());
        List<ExtensionReport> window = await(developerApi.analytics().getExtensionAnalytics(extension.id(), START,
                END).all());

        assertThat(all).hasSize(1);
        ExtensionReport report = all.get(0);
        assertThat(report.extensionId()).isEqualTo(extension.id());
        assertThat(report.url()).startsWith("https://").contains(extension.id()).endsWith(".csv");
        assertThat(report.type()).isEqualTo("overview_v2");
        assertThat(report.dateRange().startedAt()).isEqualTo(Instant.parse("2018-01-31T00:00:00Z"));
        assertThat(report.dateRange().endedAt()).isBefore(twitch.clock().instant());
        assertThat(window.get(0).dateRange()).isEqualTo(new ReportDateRange(START, END));
        MockHelixRequest request = twitch.helixRequests().get(1);
        assertThat(request.route()).isEqualTo("GET /analytics/extensions");
        assertThat(request.userId()).isEqualTo(developer.id());
        assertThat(request.param("extension_id")).contains(extension.id());
        assertThat(request.param("type")).contains("overview_v2");
        assertThat(request.param("started_at")).contains(START.toString());
        assertThat(request.param("ended_at")).contains(END.toString());
        assertThat(request.param("first")).contains("20");
    }

    @Test
    void gameReportsCoverTheUsersGamesAndAnUnknownGameIsNotFound() {
        List<GameReport> all = await(developerApi.analytics().getGameAnalytics().all());
        List<GameReport> one = await(developerApi.analytics().getGameAnalytics("493057", START, END).all());

        assertThat(all).extracting(GameReport::gameId).containsExactly("33214", "493057");
        assertThat(one).hasSize(1);
        GameReport report = one.get(0);
        assertThat(report.gameId()).isEqualTo("493057");
        assertThat(report.url()).contains("493057").endsWith(".csv");
        assertThat(report.type()).isEqualTo("overview_v2");
        assertThat(report.dateRange()).isEqualTo(new ReportDateRange(START, END));
        assertThat(twitch.helixRequests().get(1).param("game_id")).contains("493057");
        assertThat(failure(developerApi.analytics().getGameAnalytics("1", null, null).all()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void datesGoTogetherAndScopesAreCheckedBeforeAnyRequest() {
        assertThatThrownBy(() -> developerApi.analytics().getGameAnalytics(null, START, null))
                .hasMessageContaining("give both or neither");
        assertThatThrownBy(() -> developerApi.analytics().getExtensionAnalytics(null, END, START))
                .hasMessageContaining("endedAt must not be before startedAt");
        assertThat(failure(viewerApi.analytics().getExtensionAnalytics().all()))
                .isInstanceOf(MissingScopeException.class).hasMessageContaining("analytics:read:extensions");
        assertThat(failure(app.application().analytics().getGameAnalytics().all()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("user access token");
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
