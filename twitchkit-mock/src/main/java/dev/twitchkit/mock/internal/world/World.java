package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one Twitch the mock plays: its users (kept by the {@link AuthStore}, with their tokens) and everything
 * Helix reads and writes about them, one store per part of Twitch. Helix routes of every category read and write
 * here, and a write raises the EventSub notifications Twitch would through {@link #events()}, so what one call
 * writes, later calls read, and subscribers hear of it.
 */
public final class World {
    private final AuthStore auth;
    private final WorldEvents events;
    private final Roles roles = new Roles();
    // channels, channel points, raids, ads, subscriptions, charity, goals, hype train
    private final Channels channels = new Channels();
    private final Follows follows = new Follows();
    private final Subscribers subscribers = new Subscribers();
    private final ChannelPoints channelPoints = new ChannelPoints();
    private final Raids raids = new Raids();
    private final Ads ads = new Ads();
    private final Charity charity = new Charity();
    private final Goals goals = new Goals(follows, subscribers);
    private final HypeTrains hypeTrains = new HypeTrains();
    private final ChannelActivity activity = new ChannelActivity(this);

    public World(AuthStore auth, WorldEvents events) {
        this.auth = auth;
        this.events = events;
    }

    /** Users and their tokens. */
    public AuthStore auth() {
        return auth;
    }

    /** Raises the notifications a change causes. */
    public WorldEvents events() {
        return events;
    }

    /** Moderators, VIPs and editors of every channel. */
    public Roles roles() {
        return roles;
    }

    /** The mock's clock. */
    public Clock clock() {
        return auth.clock();
    }

    /** Now, on the mock's clock. */
    public Instant now() {
        return auth.clock().instant();
    }

    /** A user by id. */
    public Optional<AuthStore.User> user(String id) {
        return auth.userById(id);
    }

    /** A user by id, or Twitch's 400 naming the parameter ({@code Invalid broadcaster_id}). */
    public AuthStore.User requireUser(String id, String parameter) {
        return auth.userById(id).orElseThrow(() -> TwitchHttpError.badRequest("Invalid " + parameter));
    }

    /**
     * Writes a user as Helix does beside another object: {@code <prefix>_id}, {@code <prefix>_login},
     * {@code <prefix>_name} (login and name null for an id the mock does not know).
     */
    public void putUser(ObjectNode node, String prefix, String userId) {
        Optional<AuthStore.User> user = auth.userById(userId);
        node.put(prefix + "_id", userId);
        node.put(prefix + "_login", user.map(AuthStore.User::login).orElse(null));
        node.put(prefix + "_name", user.map(AuthStore.User::displayName).orElse(null));
    }

    // channels, channel points, raids, ads, subscriptions, charity, goals, hype train

    /** Channel information and broadcaster types. */
    public Channels channels() {
        return channels;
    }

    /** Who follows which channel. */
    public Follows follows() {
        return follows;
    }

    /** Who subscribes to which channel. */
    public Subscribers subscribers() {
        return subscribers;
    }

    /** Custom rewards and redemptions. */
    public ChannelPoints channelPoints() {
        return channelPoints;
    }

    /** Raids waiting for their countdown. */
    public Raids raids() {
        return raids;
    }

    /** Ad schedules. */
    public Ads ads() {
        return ads;
    }

    /** Charity campaigns and donations. */
    public Charity charity() {
        return charity;
    }

    /** Creator goals. */
    public Goals goals() {
        return goals;
    }

    /** Hype trains. */
    public HypeTrains hypeTrains() {
        return hypeTrains;
    }

    /** What happens in channels beside Helix (follows, subscriptions, redemptions, donations...), with its events. */
    public ChannelActivity activity() {
        return activity;
    }

    /**
     * The mock clock moved to {@code now}: raids whose countdown ended go through, raising {@code channel.raid} to
     * the subscriptions on the raiding and on the raided channel ({@code viewers} 0: the mock has no viewers);
     * hype trains that ran out end.
     */
    public void clockAdvanced(Instant now) {
        activity.clockAdvanced(now);
        for (Raids.Raid raid : raids.due(now)) {
            Map<String, Object> fields = Map.of(
                    "from_broadcaster_user_id", raid.fromId(), "to_broadcaster_user_id", raid.toId(), "viewers", 0);
            events.raise("channel.raid", Map.of("from_broadcaster_user_id", raid.fromId()), fields);
            events.raise("channel.raid", Map.of("to_broadcaster_user_id", raid.toId()), fields);
        }
    }
}
