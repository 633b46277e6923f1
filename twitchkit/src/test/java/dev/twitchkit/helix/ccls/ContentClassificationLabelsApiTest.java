package dev.twitchkit.helix.ccls;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.mock.MockTwitch;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Content classification labels end to end. */
class ContentClassificationLabelsApiTest {
    private static MockTwitch twitch;
    private static App app;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
    }

    @AfterAll
    static void stop() {
        app.close();
        twitch.close();
    }

    @Test
    void twitchsLabelsComeWithIdNameAndDescriptionInTheLocaleAsked() {
        twitch.clearHelixRequests();
        List<ContentClassificationLabel> labels = await(app.application().contentClassificationLabels()
                .getContentClassificationLabels());
        List<ContentClassificationLabel> german = await(app.application().contentClassificationLabels()
                .getContentClassificationLabels("de-DE"));

        assertThat(labels).extracting(ContentClassificationLabel::id).containsExactly(
                "DebatedSocialIssuesAndPolitics", "DrugsIntoxication", "Gambling", "MatureGame", "ProfanityVulgarity",
                "SexualThemes", "ViolentGraphic");
        assertThat(labels.get(2)).isEqualTo(new ContentClassificationLabel("Gambling", "Participating in online "
                + "or in-person gambling, poker or fantasy sports, that involve the exchange of real money.",
                "Gambling"));
        assertThat(german).hasSize(7);
        assertThat(twitch.helixRequests()).extracting(r -> r.route() + " " + r.query())
                .containsExactly("GET /content_classification_labels {}",
                        "GET /content_classification_labels {locale=[de-DE]}");
    }

    @Test
    void aLocaleTwitchDoesNotListFailsBeforeARequest() {
        twitch.clearHelixRequests();
        assertThatThrownBy(() -> app.application().contentClassificationLabels()
                .getContentClassificationLabels("xx-XX")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xx-XX").hasMessageContaining("de-DE");
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
