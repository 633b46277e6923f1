package dev.twitchkit.mock.internal.helix.channels;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.world.Channels;
import dev.twitchkit.mock.internal.world.Follows;
import dev.twitchkit.mock.internal.world.Roles;
import dev.twitchkit.mock.internal.world.World;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Channels: channel information (read by anyone, modified by the broadcaster, raising {@code channel.update}),
 * editors, and follows in both directions. The rules of Modify Channel Information are in
 * {@link ChannelUpdate}.
 */
public final class ChannelsRoutes {
    static final int MAX_IDS = 100;
    static final int MAX_PAGE = 100;
    private static final PageCursor FOLLOWED = new PageCursor("followed");
    private static final PageCursor FOLLOWERS = new PageCursor("followers");
    private final World world;

    public ChannelsRoutes(World world) {
        this.world = world;
    }

    /** Mounts the five Channels routes. */
    public void mount(Router router) {
        router.helix("GET", "/channels", this::getChannels);
        router.helix("PATCH", "/channels", this::modifyChannel);
        router.helix("GET", "/channels/editors", this::getEditors);
        router.helix("GET", "/channels/followed", this::getFollowed);
        router.helix("GET", "/channels/followers", this::getFollowers);
    }

    private HttpReply getChannels(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth());
        request.query("broadcaster_id");
        List<String> ids = new LinkedHashSet<>(request.queryAll("broadcaster_id", MAX_IDS)).stream()
                .filter(id -> world.user(id).isPresent()).toList();
        return HttpReply.ok(HelixRequest.data(ids, id -> render(world.channels().info(id), request)));
    }

    private HttpReply modifyChannel(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("channel:manage:broadcast");
        String broadcasterId = request.tokenUser("broadcaster_id");
        ChannelUpdate update = ChannelUpdate.parse(request.body(),
                world.channels().broadcasterType(broadcasterId).equals(Channels.PARTNER));
        Channels.Info info = world.channels().update(broadcasterId, update::applyTo);
        world.events().raise("channel.update", Map.of("broadcaster_user_id", broadcasterId), Map.of(
                "broadcaster_user_id", broadcasterId,
                "title", info.title(),
                "language", info.language(),
                "category_id", info.gameId(),
                "category_name", info.gameName(),
                "content_classification_labels", info.labels()));
        return HttpReply.noContent();
    }

    private HttpReply getEditors(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("channel:read:editors");
        String broadcasterId = request.tokenUser("broadcaster_id");
        return HttpReply.ok(HelixRequest.data(world.roles().list(broadcasterId, Roles.Role.EDITOR), grant -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("user_id", grant.userId());
            node.put("user_name", world.user(grant.userId()).map(u -> u.displayName()).orElse(""));
            node.put("created_at", grant.grantedAt().toString());
            return node;
        }));
    }

    private HttpReply getFollowed(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("user:read:follows");
        String userId = request.tokenUser("user_id");
        Optional<String> broadcasterId = request.optionalQuery("broadcaster_id");
        List<Follows.Follow> follows = world.follows().followedBy(userId).stream()
                .filter(f -> broadcasterId.map(f.broadcasterId()::equals).orElse(true)).toList();
        ObjectNode body = request.page(follows, FOLLOWED, 20, MAX_PAGE,
                f -> follow("broadcaster", f.broadcasterId(), f));
        body.put("total", follows.size());
        return HttpReply.ok(body);
    }

    /**
     * As Twitch: the broadcaster or a moderator with {@code moderator:read:followers} gets the followers; any
     * other user token gets only the {@code total}.
     */
    private HttpReply getFollowers(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken();
        String broadcasterId = request.query("broadcaster_id");
        world.requireUser(broadcasterId, "broadcaster_id");
        Optional<String> userId = request.optionalQuery("user_id");
        List<Follows.Follow> all = world.follows().followersOf(broadcasterId);
        boolean allowed = request.token().hasScope("moderator:read:followers")
                && world.roles().canModerate(broadcasterId, request.token().userId());
        List<Follows.Follow> shown = !allowed ? List.of() : all.stream()
                .filter(f -> userId.map(f.userId()::equals).orElse(true)).toList();
        ObjectNode body = request.page(shown, FOLLOWERS, 20, MAX_PAGE, f -> follow("user", f.userId(), f));
        body.put("total", all.size());
        return HttpReply.ok(body);
    }

    private ObjectNode render(Channels.Info info, HelixRequest request) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        world.putUser(node, "broadcaster", info.broadcasterId());
        node.put("broadcaster_language", info.language());
        node.put("game_id", info.gameId());
        node.put("game_name", info.gameName());
        node.put("title", info.title());
        // Twitch shows the delay only to the broadcaster themselves.
        boolean own = !request.token().isApp() && info.broadcasterId().equals(request.token().userId());
        node.put("delay", own ? info.delay() : 0);
        ArrayNode tags = node.putArray("tags");
        info.tags().forEach(tags::add);
        ArrayNode labels = node.putArray("content_classification_labels");
        info.labels().forEach(labels::add);
        node.put("is_branded_content", info.brandedContent());
        return node;
    }

    /** A follow as Helix lists it: the other side ({@code <prefix>_id/_login/_name}) and when, to the second. */
    private ObjectNode follow(String prefix, String userId, Follows.Follow follow) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        world.putUser(node, prefix, userId);
        node.put("followed_at", follow.followedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        return node;
    }
}
