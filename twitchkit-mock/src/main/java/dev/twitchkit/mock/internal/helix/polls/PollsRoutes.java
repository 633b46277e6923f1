package dev.twitchkit.mock.internal.helix.polls;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Polls;
import dev.twitchkit.mock.internal.world.World;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Twitch's Polls endpoints: Get Polls, Create Poll, End Poll, with Twitch's limits and error answers. */
public final class PollsRoutes {
    private static final String READ = "channel:read:polls";
    private static final String MANAGE = "channel:manage:polls";
    private static final int MAX_IDS = 20;
    private static final int PAGE_SIZE = 20;
    private static final int MAX_TITLE = 60;
    private static final int MAX_CHOICE_TITLE = 25;
    private static final PageCursor CURSOR = new PageCursor("poll");

    private final World world;

    public PollsRoutes(World world) {
        this.world = world;
    }

    /** Mounts the three routes. */
    public void mount(Router router) {
        router.helix("GET", "/polls", this::getPolls);
        router.helix("POST", "/polls", this::createPoll);
        router.helix("PATCH", "/polls", this::endPoll);
    }

    private HttpReply getPolls(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(READ, MANAGE);
        String broadcasterId = request.tokenUser("broadcaster_id");
        List<String> ids = request.queryAll("id", MAX_IDS);
        List<Polls.Poll> polls;
        if (ids.isEmpty()) {
            polls = world.polls().list(broadcasterId, world.now());
        } else {
            polls = world.polls().byIds(broadcasterId, ids, world.now());
            if (polls.isEmpty()) {
                throw TwitchHttpError.notFound("None of the IDs in the id query parameters were found.");
            }
        }
        return HttpReply.ok(request.page(polls, CURSOR, PAGE_SIZE, PAGE_SIZE, this::render));
    }

    private HttpReply createPoll(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(MANAGE);
        String broadcasterId = request.tokenUserField("broadcaster_id");
        JsonNode body = request.body();
        String title = HelixRequest.text(body, "title");
        if (title.length() > MAX_TITLE) {
            throw TwitchHttpError.badRequest("The poll's title is too long.");
        }
        List<String> choices = choices(body.get("choices"));
        int duration = HelixRequest.requiredInt(body, "duration", 15, 1800);
        Boolean pointsVoting = HelixRequest.optionalBool(body, "channel_points_voting_enabled");
        Integer perVote = HelixRequest.optionalInt(body, "channel_points_per_vote", 1, 1_000_000);
        if (Boolean.TRUE.equals(pointsVoting) && perVote == null) {
            throw TwitchHttpError.badRequest("Missing required parameter \"channel_points_per_vote\"");
        }
        Polls.Poll poll = world.polls().create(broadcasterId, title, choices, duration,
                Boolean.TRUE.equals(pointsVoting) ? perVote : null, world.now());
        return HttpReply.ok(HelixRequest.data(List.of(poll), this::render));
    }

    private HttpReply endPoll(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(MANAGE);
        String broadcasterId = request.tokenUserField("broadcaster_id");
        String id = HelixRequest.text(request.body(), "id");
        String status = HelixRequest.text(request.body(), "status");
        if (!status.equals("TERMINATED") && !status.equals("ARCHIVED")) {
            throw TwitchHttpError.badRequest("The value in the status field is not valid.");
        }
        Polls.Poll poll = world.polls().end(broadcasterId, id, status, world.now());
        return HttpReply.ok(HelixRequest.data(List.of(poll), this::render));
    }

    private static List<String> choices(JsonNode node) {
        if (node == null || node.isNull()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"choices\"");
        }
        if (!node.isArray() || node.size() < 2 || node.size() > 5) {
            throw TwitchHttpError.badRequest("The number of choices in the poll may not be less than 2 or greater "
                    + "that 5.");
        }
        List<String> titles = new ArrayList<>();
        for (JsonNode choice : node) {
            if (!choice.isObject()) {
                throw TwitchHttpError.badRequest("Each choice must be an object with a title");
            }
            String title = HelixRequest.text(choice, "title");
            if (title.length() > MAX_CHOICE_TITLE) {
                throw TwitchHttpError.badRequest("The choice's title is too long.");
            }
            titles.add(title);
        }
        return titles;
    }

    private JsonNode render(Polls.Poll poll) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", poll.id());
        world.putUser(node, "broadcaster", poll.broadcasterId());
        node.put("title", poll.title());
        ArrayNode choices = node.putArray("choices");
        poll.choices().forEach(c -> choices.addObject().put("id", c.id()).put("title", c.title())
                .put("votes", c.votes()).put("channel_points_votes", c.channelPointsVotes()).put("bits_votes", 0));
        node.put("bits_voting_enabled", false);
        node.put("bits_per_vote", 0);
        node.put("channel_points_voting_enabled", poll.channelPointsVotingEnabled());
        node.put("channel_points_per_vote", poll.channelPointsPerVote());
        node.put("status", poll.status());
        node.put("duration", poll.duration());
        node.put("started_at", poll.startedAt().toString());
        node.put("ended_at", poll.endedAt() == null ? null : poll.endedAt().toString());
        return node;
    }
}
