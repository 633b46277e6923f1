package dev.twitchkit.helix.teams;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Teams end to end against teams created in the mock. */
class TeamsApiTest {
    private static MockTwitch twitch;
    private static App app;
    private static HelixApi apps;
    private static MockUser fritz;
    private static MockUser jenni;
    private static String teamId;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        apps = app.application();
        fritz = twitch.createUser("CSharpFritz");
        jenni = twitch.createUser("jenninexus");
        teamId = twitch.createTeam("livecoders", "Live Coders", fritz.id(), jenni.id());
        twitch.createTeam("streamerhouse", "Streamer House", fritz.id());
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
    void aChannelsTeamsComeWithTheBroadcasterAndEveryTeamField() {
        List<ChannelTeam> teams = await(apps.teams().getChannelTeams(fritz.id()));

        assertThat(teams).extracting(ChannelTeam::teamName).containsExactly("livecoders", "streamerhouse");
        ChannelTeam team = teams.get(0);
        assertThat(team.broadcasterId()).isEqualTo(fritz.id());
        assertThat(team.broadcasterLogin()).isEqualTo("csharpfritz");
        assertThat(team.broadcasterName()).isEqualTo("CSharpFritz");
        assertThat(team.id()).isEqualTo(teamId);
        assertThat(team.teamDisplayName()).isEqualTo("Live Coders");
        assertThat(team.info()).isEqualTo("<p>Live Coders</p>");
        assertThat(team.thumbnailUrl()).contains("team-livecoders");
        assertThat(team.backgroundImageUrl()).isNull();
        assertThat(team.banner()).isNull();
        assertThat(team.createdAt()).isBefore(Instant.now().plusSeconds(60)).isEqualTo(team.updatedAt());
        assertThat(await(apps.teams().getChannelTeams(twitch.createUser("loner").id()))).isEmpty();
        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /teams/channel");
        assertThat(request.param("broadcaster_id")).hasValue(fritz.id());
    }

    @Test
    void aTeamIsFoundByIdOrNameWithItsMembers() {
        Team byId = await(apps.teams().getTeamById(teamId));
        Team byName = await(apps.teams().getTeamByName("livecoders"));

        assertThat(byName).isEqualTo(byId);
        assertThat(byId.users()).containsExactly(new TeamMember(fritz.id(), "csharpfritz", "CSharpFritz"),
                new TeamMember(jenni.id(), "jenninexus", "jenninexus"));
        assertThat(byId.teamName()).isEqualTo("livecoders");
        assertThat(byId.teamDisplayName()).isEqualTo("Live Coders");
        assertThat(byId.id()).isEqualTo(teamId);
        assertThat(byId.info()).isEqualTo("<p>Live Coders</p>");
        assertThat(byId.thumbnailUrl()).contains("team-livecoders");
        assertThat(byId.createdAt()).isNotNull().isEqualTo(byId.updatedAt());
        assertThat(byId.backgroundImageUrl()).isNull();
        assertThat(byId.banner()).isNull();
        assertThat(twitch.helixRequests()).extracting(r -> r.route() + " " + r.query())
                .containsExactly("GET /teams {id=[" + teamId + "]}", "GET /teams {name=[livecoders]}");
    }

    @Test
    void anUnknownTeamIsTwitchsNotFoundAndBlankArgumentsFailBeforeARequest() {
        assertThat(failure(apps.teams().getTeamByName("nosuchteam"))).isInstanceOf(NotFoundException.class);
        twitch.clearHelixRequests();

        assertThatThrownBy(() -> apps.teams().getTeamById(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> apps.teams().getChannelTeams(null)).isInstanceOf(NullPointerException.class);
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
