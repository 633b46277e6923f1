package dev.twitchkit.helix.tags;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.Endpoint;
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

/** The deprecated stream tag endpoints end to end. */
@SuppressWarnings("deprecation")
class TagsApiTest {
    private static final String ENGLISH = "6ea6bca4-4712-4ab9-a906-e3336a9d8039";
    private static final String SPEEDRUN = "7cefbf30-4c3e-4aa7-99cd-70aabb662f27";
    private static MockTwitch twitch;
    private static App app;
    private static HelixApi apps;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        apps = app.application();
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
    void bothEndpointsAreMarkedDeprecated() {
        assertThat(TagsApi.GET_ALL_STREAM_TAGS.status()).isEqualTo(Endpoint.Status.DEPRECATED);
        assertThat(TagsApi.GET_STREAM_TAGS.status()).isEqualTo(Endpoint.Status.DEPRECATED);
    }

    @Test
    void everyTagTwitchDefinesIsListedOneHundredAPageWithItsLocalizations() {
        List<StreamTag> all = await(apps.tags().getAllStreamTags().all());
        List<StreamTag> some = await(apps.tags().getAllStreamTags(List.of(SPEEDRUN, "unknown")).all());

        assertThat(all).extracting(StreamTag::tagId).contains(ENGLISH, SPEEDRUN).hasSize(3);
        StreamTag english = all.get(0);
        assertThat(english.isAuto()).isTrue();
        assertThat(english.localizationNames()).containsEntry("en-us", "English").containsEntry("de-de", "Englisch");
        assertThat(english.localizationDescriptions()).containsEntry("en-us",
                "For streams featuring the use of English");
        assertThat(some).extracting(StreamTag::tagId, StreamTag::isAuto).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SPEEDRUN, false));
        MockHelixRequest request = twitch.helixRequests().get(1);
        assertThat(request.route()).isEqualTo("GET /tags/streams");
        assertThat(request.params("tag_id")).containsExactly(SPEEDRUN, "unknown");
        assertThat(request.params("first")).containsExactly("100");
    }

    @Test
    void aStreamsTagsAreTheOnesPutOnIt() {
        MockUser speedrunner = twitch.createUser("speedrunner");
        twitch.tagStream(speedrunner.id(), ENGLISH, SPEEDRUN);

        List<StreamTag> tags = await(apps.tags().getStreamTags(speedrunner.id()));

        assertThat(tags).extracting(StreamTag::tagId).containsExactly(ENGLISH, SPEEDRUN);
        assertThat(tags.get(1).localizationNames()).containsEntry("en-us", "Speedrun");
        assertThat(twitch.helixRequests().get(0).route()).isEqualTo("GET /streams/tags");
        assertThat(twitch.helixRequests().get(0).param("broadcaster_id")).hasValue(speedrunner.id());
    }

    @Test
    void moreThanOneHundredTagIdsOrABlankOneFailBeforeARequest() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            ids.add("tag" + i);
        }
        assertThatThrownBy(() -> apps.tags().getAllStreamTags(ids)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100");
        assertThatThrownBy(() -> apps.tags().getAllStreamTags(List.of(""))).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> apps.tags().getStreamTags(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
