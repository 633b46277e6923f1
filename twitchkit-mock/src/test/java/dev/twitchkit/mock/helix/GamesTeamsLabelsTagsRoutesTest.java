package dev.twitchkit.mock.helix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import dev.twitchkit.mock.oauth.TestHttp;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The read-only catalogs (games, teams, content classification labels, tags): paging, limits and Twitch's 4xx. */
class GamesTeamsLabelsTagsRoutesTest {
    static MockTwitch twitch;
    static final TestHttp http = new TestHttp();
    static String token;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        token = twitch.issueAppToken();
    }

    @AfterAll
    static void stop() {
        twitch.close();
    }

    @Test
    void topGamesArePagedByCursorAndTheLastPageHasNone() {
        List<String> names = new ArrayList<>();
        String after = "";
        for (int page = 0; page < 3; page++) {
            JsonNode body = get("/games/top?first=5" + after).json();
            body.get("data").forEach(game -> names.add(game.get("name").asString()));
            JsonNode cursor = body.get("pagination").get("cursor");
            if (page < 2) {
                assertThat(cursor).as("page %d", page).isNotNull();
                after = "&after=" + cursor.asString();
            } else {
                assertThat(cursor).isNull();
            }
        }
        assertThat(names).hasSize(13).doesNotHaveDuplicates().startsWith("Just Chatting");
        assertThat(get("/games/top").json().get("data")).hasSize(13);
        assertThat(get("/games/top?first=101").status()).isEqualTo(400);
        assertThat(get("/games/top?first=0").status()).isEqualTo(400);
        assertThat(get("/games/top?after=bogus").status()).isEqualTo(400);
        String tagsCursor = get("/tags/streams?first=1").json().get("pagination").get("cursor").asString();
        assertThat(get("/games/top?after=" + tagsCursor).status()).as("another listing's cursor").isEqualTo(400);
    }

    @Test
    void gamesNeedAnIdNameOrIgdbIdAndAtMostOneHundredTogether() {
        assertThat(get("/games").body()).contains("must specify the id or name or igdb_id");
        assertThat(get("/games?id=").status()).isEqualTo(400);
        String ids = IntStream.range(0, 60).mapToObj(i -> "id=" + i).collect(Collectors.joining("&"));
        String names = IntStream.range(0, 41).mapToObj(i -> "name=n" + i).collect(Collectors.joining("&"));
        assertThat(get("/games?" + ids + "&" + names).body()).contains("must not exceed 100");
        JsonNode found = get("/games?id=33214&id=33214&name=Fortnite&igdb_id=1905&igdb_id=").json().get("data");
        assertThat(found).hasSize(1);
        assertThat(get("/games?igdb_id=").status()).as("no IGDB id finds a category without one").isEqualTo(400);
    }

    @Test
    void teamsNeedANameOrAnIdButNotBoth() {
        MockUser member = twitch.createUser("member");
        String id = twitch.createTeam("crew", "The Crew", member.id());
        assertThat(get("/teams").body()).contains("name or id query parameter is required");
        assertThat(get("/teams?name=crew&id=" + id).body()).contains("not both");
        assertThat(get("/teams?id=abc").body()).contains("is not valid");
        assertThat(get("/teams?name=nobody").status()).isEqualTo(404);
        assertThat(get("/teams?id=1").status()).isEqualTo(404);
        assertThat(get("/teams?name=crew").json().get("data").get(0).get("id").asString()).isEqualTo(id);
        assertThat(get("/teams/channel").status()).isEqualTo(400);
        assertThat(get("/teams/channel?broadcaster_id=999999999").status()).isEqualTo(404);
        assertThat(get("/teams/channel?broadcaster_id=" + member.id()).json().get("data")).hasSize(1);
    }

    @Test
    void labelsTakeOneKnownLocale() {
        assertThat(get("/content_classification_labels?locale=xx-XX").body()).contains("Invalid locale");
        assertThat(get("/content_classification_labels?locale=de-DE&locale=fr-FR").status()).isEqualTo(400);
        assertThat(get("/content_classification_labels?locale=pt-BR").json().get("data")).hasSize(7);
    }

    @Test
    void tagsTakeAtMostOneHundredNonEmptyIdsAndAKnownBroadcaster() {
        assertThat(get("/tags/streams?tag_id=").body()).contains("tag_id query parameter is empty");
        String ids = IntStream.range(0, 101).mapToObj(i -> "tag_id=t" + i).collect(Collectors.joining("&"));
        assertThat(get("/tags/streams?" + ids).status()).isEqualTo(400);
        String english = "6ea6bca4-4712-4ab9-a906-e3336a9d8039";
        assertThat(get("/tags/streams?tag_id=" + english + "&tag_id=" + english).json().get("data"))
                .as("duplicates are not ignored, as Twitch says").hasSize(2);
        assertThat(get("/streams/tags").status()).isEqualTo(400);
        assertThat(get("/streams/tags?broadcaster_id=999999999").body()).contains("is not valid");
        MockUser untagged = twitch.createUser("untagged");
        assertThat(get("/streams/tags?broadcaster_id=" + untagged.id()).json().get("data")).isEmpty();
    }

    private static TestHttp.Response get(String pathAndQuery) {
        return http.get(URI.create(twitch.urls().helix() + pathAndQuery), "Authorization", "Bearer " + token,
                "Client-Id", twitch.clientId());
    }
}
