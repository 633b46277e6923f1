package dev.twitchkit.helix.search;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.channels.ModifyChannelRequest;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchApiTest {
    private static MockTwitch twitch;
    private static App app;
    private static MockUser angel;
    private static MockUser angela;
    private static String liveStreamId;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        angel = twitch.createUser("angel_of_death", "channel:manage:broadcast");
        angela = twitch.createUser("AngelaPlays", "channel:manage:broadcast");
        twitch.createUser("someone_else");
        HelixApi angelApi = await(app.addUser(angel.accessToken(), angel.refreshToken()));
        await(angelApi.channels().modifyChannelInformation(ModifyChannelRequest.builder().title("Mining")
                .gameId("27471").tags(List.of("Cozy")).build()));
        liveStreamId = twitch.startStream(angel.id());
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
    void searchCategoriesMatchesNamesContainingEveryWord() {
        List<Category> found = await(app.application().search().searchCategories("theft auto").all());

        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /search/categories");
        assertThat(request.param("query")).contains("theft auto");
        assertThat(request.param("first")).contains("100");
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("32982");
            assertThat(c.name()).isEqualTo("Grand Theft Auto V");
            assertThat(c.boxArtUrl()).contains("32982");
        });
        assertThat(await(app.application().search().searchCategories("nothing like this").all())).isEmpty();
    }

    @Test
    void searchChannelsMatchesLoginPrefixesLiveOrNot() {
        List<ChannelResult> found = await(app.application().search().searchChannels("angel").all());

        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /search/channels");
        assertThat(request.param("query")).contains("angel");
        assertThat(request.param("live_only")).isEmpty();
        assertThat(found).extracting(ChannelResult::broadcasterLogin).containsExactly("angel_of_death",
                "angelaplays");
        assertThat(found.get(0)).satisfies(c -> {
            assertThat(c.broadcasterLanguage()).isEqualTo("en");
            assertThat(c.displayName()).isEqualTo("angel_of_death");
            assertThat(c.gameId()).isEqualTo("27471");
            assertThat(c.gameName()).isEqualTo("Minecraft");
            assertThat(c.id()).isEqualTo(angel.id());
            assertThat(c.isLive()).isTrue();
            assertThat(c.tagIds()).isEmpty();
            assertThat(c.tags()).containsExactly("Cozy");
            assertThat(c.thumbnailUrl()).startsWith("https://");
            assertThat(c.title()).isEqualTo("Mining");
            assertThat(c.startedAt()).isNotNull();
        });
        assertThat(found.get(1).isLive()).isFalse();
        assertThat(found.get(1).startedAt()).isNull();
        assertThat(await(app.application().search().searchChannels("angel of death").all()))
                .extracting(ChannelResult::id).containsExactly(angel.id());
    }

    @Test
    void liveOnlyMatchesLiveChannelsByNameOrCategory() {
        List<ChannelResult> byCategory = await(app.application().search().searchChannels("minec", true).all());

        assertThat(twitch.helixRequests().get(0).param("live_only")).contains("true");
        assertThat(byCategory).extracting(ChannelResult::id).containsExactly(angel.id());
        assertThat(await(app.application().search().searchChannels("angela", true).all())).isEmpty();
        assertThat(liveStreamId).isNotBlank();
    }

    @Test
    void aBlankQueryFailsBeforeARequest() {
        assertThatThrownBy(() -> app.application().search().searchCategories(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> app.application().search().searchChannels("", true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
