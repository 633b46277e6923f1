package dev.twitchkit.mock.internal.helix.teams;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Teams;
import dev.twitchkit.mock.internal.world.World;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Teams: the teams a broadcaster belongs to, and a team by name or id with its members. */
public final class TeamsRoutes {
    private final World world;

    public TeamsRoutes(World world) {
        this.world = world;
    }

    public void mount(Router router) {
        router.helix("GET", "/teams/channel", this::channelTeams);
        router.helix("GET", "/teams", this::teams);
    }

    HttpReply channelTeams(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        String broadcasterId = request.query("broadcaster_id");
        if (world.user(broadcasterId).isEmpty()) {
            throw TwitchHttpError.notFound("The broadcaster was not found.");
        }
        return HttpReply.ok(HelixRequest.data(world.teams().of(broadcasterId), team -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            world.putUser(node, "broadcaster", broadcasterId);
            describe(node, team);
            return node;
        }));
    }

    HttpReply teams(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        Optional<String> name = request.optionalQuery("name");
        Optional<String> id = request.optionalQuery("id");
        if (name.isEmpty() && id.isEmpty()) {
            throw TwitchHttpError.badRequest("The name or id query parameter is required.");
        }
        if (name.isPresent() && id.isPresent()) {
            throw TwitchHttpError.badRequest("Specify either the name or id query parameter but not both.");
        }
        if (id.isPresent() && !id.get().chars().allMatch(Character::isDigit)) {
            throw TwitchHttpError.badRequest("The ID in the id query parameter is not valid.");
        }
        Teams.Team team = (id.isPresent() ? world.teams().byId(id.get()) : world.teams().byName(name.get()))
                .orElseThrow(() -> TwitchHttpError.notFound("The specified team was not found."));
        return HttpReply.ok(HelixRequest.data(List.of(team), t -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            ArrayNode users = node.putArray("users");
            t.memberIds().forEach(memberId -> {
                ObjectNode member = users.addObject();
                Optional<AuthStore.User> user = world.user(memberId);
                member.put("user_id", memberId);
                member.put("user_login", user.map(AuthStore.User::login).orElse(null));
                member.put("user_name", user.map(AuthStore.User::displayName).orElse(null));
            });
            describe(node, t);
            return node;
        }));
    }

    private static void describe(ObjectNode node, Teams.Team team) {
        node.putNull("background_image_url");
        node.putNull("banner");
        node.put("created_at", team.createdAt().truncatedTo(ChronoUnit.SECONDS).toString());
        node.put("updated_at", team.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        node.put("info", team.info());
        node.put("thumbnail_url", team.thumbnailUrl());
        node.put("team_name", team.name());
        node.put("team_display_name", team.displayName());
        node.put("id", team.id());
    }
}
