package dev.twitchkit.helix.games;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Games end to end against the mock's catalog. */
class GamesApiTest {
    private static MockTwitch twitch;
    private static App app;
    private static HelixApi user;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        MockUser viewer = twitch.createUser("viewer");
        user = await(app.addUser(viewer.accessToken(), viewer.refreshToken()));
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
    void topGamesComeMostWatchedFirstOneHundredAPageWithEveryFieldBound() {
        List<Game> top = await(app.application().games().getTopGames().all());

        assertThat(top).hasSize(13);
        assertThat(top.get(0)).isEqualTo(new Game("509658", "Just Chatting",
                "https://static-cdn.jtvnw.net/ttv-boxart/509658-{width}x{height}.jpg", ""));
        assertThat(top.get(0).boxArtUrl(285, 380))
                .isEqualTo("https://static-cdn.jtvnw.net/ttv-boxart/509658-285x380.jpg");
        assertThat(top).extracting(Game::name).contains("Fortnite", "PUBG: BATTLEGROUNDS");
        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /games/top");
        assertThat(request.params("first")).containsExactly("100");
        assertThat(request.userId()).isNull();
    }

    @Test
    void gamesAreFoundByIdNameAndIgdbIdOnceEachAndUnknownOnesAreLeftOut() {
        List<Game> games = await(user.games().getGames(List.of("33214", "999999999"),
                List.of("Minecraft", "Fortnite"), List.of("27789")));

        assertThat(games).extracting(Game::id).containsExactly("33214", "27471", "493057");
        assertThat(games.get(0)).isEqualTo(new Game("33214", "Fortnite",
                "https://static-cdn.jtvnw.net/ttv-boxart/33214-{width}x{height}.jpg", "1905"));
        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /games");
        assertThat(request.params("id")).containsExactly("33214", "999999999");
        assertThat(request.params("name")).containsExactly("Minecraft", "Fortnite");
        assertThat(request.params("igdb_id")).containsExactly("27789");
        assertThat(request.userId()).isEqualTo(user.userId());
    }

    @Test
    void moreThanOneHundredLookupsAreSplitIntoCallsOfOneHundred() {
        List<String> ids = new ArrayList<>(List.of("743", "33214"));
        for (int i = 0; i < 148; i++) {
            ids.add("8" + i);
        }

        List<Game> games = await(user.games().byIds(ids));

        assertThat(games).extracting(Game::name).containsExactly("Chess", "Fortnite");
        assertThat(twitch.helixRequests()).extracting(r -> r.params("id").size()).containsExactly(100, 50);
    }

    @Test
    void badLookupsFailBeforeARequest() {
        assertThatThrownBy(() -> user.games().byNames(List.of(" "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> user.games().getGames(List.of(), null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("names");
        assertThat(await(user.games().byIds(List.of()))).isEmpty();
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
