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
    // chat, whispers, users
    private final ChatSettings chatSettings = new ChatSettings();
    private final ChatColors chatColors = new ChatColors();
    private final Chatters chatters = new Chatters();
    private final SharedChats sharedChats = new SharedChats();
    private final Shoutouts shoutouts = new Shoutouts();
    private final Announcements announcements = new Announcements();
    private final Whispers whispers = new Whispers();
    private final Blocks blocks = new Blocks();
    private final UserProfiles profiles = new UserProfiles();
    private final UserExtensions userExtensions = new UserExtensions();
    // moderation
    private final Bans bans;
    private final BlockedTerms blockedTerms = new BlockedTerms();
    private final AutoMod autoMod = new AutoMod();
    private final ShieldMode shieldMode = new ShieldMode();
    private final Warnings warnings = new Warnings();
    private final UnbanRequests unbanRequests = new UnbanRequests();
    private final SuspiciousUsers suspiciousUsers = new SuspiciousUsers();
    // polls, predictions, schedule
    private final Polls polls;
    private final Predictions predictions;
    private final Schedules schedules = new Schedules();
    // extensions, bits, analytics, entitlements
    private final Extensions extensions = new Extensions();
    private final Bits bits = new Bits();
    private final Analytics analytics = new Analytics();
    private final Entitlements entitlements = new Entitlements();
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
    // guest star, games, teams, ccls, tags
    private final GuestStar guestStar = new GuestStar();
    private final Games games = new Games();
    private final Teams teams = new Teams();
    private final ContentClassificationLabels contentClassificationLabels = new ContentClassificationLabels();
    private final StreamTags streamTags = new StreamTags();
    // streams, videos, clips, search
    private final Streams streams = new Streams();
    private final Videos videos = new Videos();
    private final Clips clips = new Clips();
    private final Broadcasts broadcasts = new Broadcasts(this);

    public World(AuthStore auth, WorldEvents events) {
        this.auth = auth;
        this.events = events;
        this.bans = new Bans(auth.clock());
        // polls, predictions, schedule
        this.polls = new Polls(events, auth.clock());
        this.predictions = new Predictions(events, auth);
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

    // extensions, bits, analytics, entitlements

    /** Extensions: secrets, configuration, live channels, Bits products and transactions, sent messages. */
    public Extensions extensions() {
        return extensions;
    }

    /** Cheers (leaderboards) and custom Power-ups. */
    public Bits bits() {
        return bits;
    }

    /** Game ownership for analytics reports. */
    public Analytics analytics() {
        return analytics;
    }

    /** Drops entitlements. */
    public Entitlements entitlements() {
        return entitlements;
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

    // chat, whispers, users

    /** Each channel's chat settings. */
    public ChatSettings chatSettings() {
        return chatSettings;
    }

    /** The color of each user's name in chat. */
    public ChatColors chatColors() {
        return chatColors;
    }

    /** Who is in each channel's chat. */
    public Chatters chatters() {
        return chatters;
    }

    /** Shared chat sessions. */
    public SharedChats sharedChats() {
        return sharedChats;
    }

    /** Shoutouts and their cooldowns. */
    public Shoutouts shoutouts() {
        return shoutouts;
    }

    /** The pace of announcements. */
    public Announcements announcements() {
        return announcements;
    }

    /** Whispers sent. */
    public Whispers whispers() {
        return whispers;
    }

    /** Whom each user blocked. */
    public Blocks blocks() {
        return blocks;
    }

    /** Users' descriptions. */
    public UserProfiles profiles() {
        return profiles;
    }

    /** Users' installed and active extensions. */
    public UserExtensions userExtensions() {
        return userExtensions;
    }

    // moderation

    /** Bans and timeouts. */
    public Bans bans() {
        return bans;
    }

    /** Blocked terms. */
    public BlockedTerms blockedTerms() {
        return blockedTerms;
    }

    /** AutoMod settings and held messages. */
    public AutoMod autoMod() {
        return autoMod;
    }

    /** Shield Mode. */
    public ShieldMode shieldMode() {
        return shieldMode;
    }

    /** Warnings. */
    public Warnings warnings() {
        return warnings;
    }

    /** Unban requests. */
    public UnbanRequests unbanRequests() {
        return unbanRequests;
    }

    /** Suspicious users. */
    public SuspiciousUsers suspiciousUsers() {
        return suspiciousUsers;
    }

    // polls, predictions, schedule

    /**
     * A saved world was restored into this one ({@link WorldSnapshot}): the polls and predictions it holds end and
     * lock in real time as if they had been created here.
     */
    void restored() {
        polls.wakeAtEnds();
        predictions.wakeAtLocks();
    }

    /** Every channel's polls. */
    public Polls polls() {
        return polls;
    }

    /** Every channel's Channel Points Predictions. */
    public Predictions predictions() {
        return predictions;
    }

    /** Every channel's streaming schedule. */
    public Schedules schedules() {
        return schedules;
    }

    /**
     * Runs what the passing of time does to the polls and predictions (polls complete, predictions lock): part of
     * {@link #clockAdvanced}, and run by their reads and writes before they look.
     */
    public void timePassed(Instant now) {
        polls.settle(now);
        predictions.settle(now);
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

    // streams, videos, clips, search

    /** Live streams, their markers, and stream keys. */
    public Streams streams() {
        return streams;
    }

    /** Every channel's videos (the archives of its streams). */
    public Videos videos() {
        return videos;
    }

    /** Clips. */
    public Clips clips() {
        return clips;
    }

    /** Broadcasters going live and offline, with {@code stream.online}/{@code stream.offline}. */
    public Broadcasts broadcasts() {
        return broadcasts;
    }

    /**
     * The mock clock moved to {@code now}: whatever was due happens — polls complete and predictions lock
     * ({@link #timePassed}), raids whose countdown ended go through, raising {@code channel.raid} to the subscriptions
     * on the raiding and on the raided channel ({@code viewers} 0: the mock has no viewers), hype trains that ran out
     * end.
     */
    public void clockAdvanced(Instant now) {
        timePassed(now);
        activity.clockAdvanced(now);
        for (Raids.Raid raid : raids.due(now)) {
            Map<String, Object> fields = Map.of(
                    "from_broadcaster_user_id", raid.fromId(), "to_broadcaster_user_id", raid.toId(), "viewers", 0);
            events.raise("channel.raid", Map.of("from_broadcaster_user_id", raid.fromId()), fields);
            events.raise("channel.raid", Map.of("to_broadcaster_user_id", raid.toId()), fields);
        }
    }

    // guest star, games, teams, ccls, tags

    /** Guest Star settings, sessions, invites and slots. */
    public GuestStar guestStar() {
        return guestStar;
    }

    /** The catalog of games and categories. */
    public Games games() {
        return games;
    }

    /** Twitch teams and their members. */
    public Teams teams() {
        return teams;
    }

    /** The content classification labels Twitch lists. */
    public ContentClassificationLabels contentClassificationLabels() {
        return contentClassificationLabels;
    }

    /** The stream tags Twitch defines and the tags on each stream. */
    public StreamTags streamTags() {
        return streamTags;
    }
}
