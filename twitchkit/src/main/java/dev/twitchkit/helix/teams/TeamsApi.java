package dev.twitchkit.helix.teams;

import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.internal.Checks;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Teams: the teams a channel belongs to, and a team with its members. */
public final class TeamsApi {
    private static final String CATEGORY = "Teams";

    static final ListEndpoint<ChannelTeam> GET_CHANNEL_TEAMS =
            Endpoint.declare(CATEGORY, "Get Channel Teams", "getChannelTeams")
                    .route("GET", "/teams/channel").data(ChannelTeam.class);
    static final ListEndpoint<Team> GET_TEAMS = Endpoint.declare(CATEGORY, "Get Teams", "getTeamById")
            .route("GET", "/teams").data(Team.class);

    private final HelixApi api;

    /** The team endpoints on {@code api}'s token. */
    public TeamsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /** The teams {@code broadcasterId} is a member of; empty when none. */
    public CompletableFuture<List<ChannelTeam>> getChannelTeams(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_CHANNEL_TEAMS.data(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null);
    }

    /** A team by id; Twitch's 404 ({@code NotFoundException}) when there is none. */
    public CompletableFuture<Team> getTeamById(String teamId) {
        Checks.notBlank(teamId, "teamId");
        return GET_TEAMS.single(api, HelixQuery.create().add("id", teamId), null);
    }

    /** A team by name (e.g. {@code livecoders}); Twitch's 404 ({@code NotFoundException}) when there is none. */
    public CompletableFuture<Team> getTeamByName(String name) {
        Checks.notBlank(name, "name");
        return GET_TEAMS.single(api, HelixQuery.create().add("name", name), null);
    }
}
