package dev.twitchkit.helix;

import dev.twitchkit.helix.ads.AdsApi;
import dev.twitchkit.helix.analytics.AnalyticsApi;
import dev.twitchkit.helix.bits.BitsApi;
import dev.twitchkit.helix.ccls.ContentClassificationLabelsApi;
import dev.twitchkit.helix.channelpoints.ChannelPointsApi;
import dev.twitchkit.helix.channels.ChannelsApi;
import dev.twitchkit.helix.charity.CharityApi;
import dev.twitchkit.helix.chat.ChatApi;
import dev.twitchkit.helix.clips.ClipsApi;
import dev.twitchkit.helix.conduits.ConduitsApi;
import dev.twitchkit.helix.entitlements.EntitlementsApi;
import dev.twitchkit.helix.eventsub.EventSubApi;
import dev.twitchkit.helix.extensions.ExtensionsApi;
import dev.twitchkit.helix.games.GamesApi;
import dev.twitchkit.helix.goals.GoalsApi;
import dev.twitchkit.helix.gueststar.GuestStarApi;
import dev.twitchkit.helix.hypetrain.HypeTrainApi;
import dev.twitchkit.helix.moderation.ModerationApi;
import dev.twitchkit.helix.polls.PollsApi;
import dev.twitchkit.helix.predictions.PredictionsApi;
import dev.twitchkit.helix.raids.RaidsApi;
import dev.twitchkit.helix.schedule.ScheduleApi;
import dev.twitchkit.helix.search.SearchApi;
import dev.twitchkit.helix.streams.StreamsApi;
import dev.twitchkit.helix.subscriptions.SubscriptionsApi;
import dev.twitchkit.helix.tags.TagsApi;
import dev.twitchkit.helix.teams.TeamsApi;
import dev.twitchkit.helix.users.UsersApi;
import dev.twitchkit.helix.videos.VideosApi;
import dev.twitchkit.helix.whispers.WhispersApi;
import dev.twitchkit.internal.Checks;
import java.util.concurrent.CompletableFuture;

/**
 * Helix bound to one token: the application's, or one user's — always the token's <em>current</em> value,
 * so a refresh between calls is invisible. Endpoints are grouped as Twitch's reference groups them, one group per
 * category ({@link #users()}, {@link #chat()}, …). Every call is asynchronous and returns a
 * {@code CompletableFuture}; {@code .join()} is the blocking form (errors then arrive wrapped in a
 * {@code CompletionException} whose cause is a {@link HelixException} subtype).
 *
 * <p>On a user's API, methods whose broadcaster, moderator or user id Twitch requires to be the token's user have
 * an overload without it ({@link #userId()}). An endpoint twitchkit does not know yet: {@link #call}.
 */
public final class HelixApi {
    private final Helix helix;
    private final String key;
    private final AdsApi ads;
    private final AnalyticsApi analytics;
    private final BitsApi bits;
    private final ChannelPointsApi channelPoints;
    private final ChannelsApi channels;
    private final CharityApi charity;
    private final ChatApi chat;
    private final ClipsApi clips;
    private final ConduitsApi conduits;
    private final ContentClassificationLabelsApi contentClassificationLabels;
    private final EntitlementsApi entitlements;
    private final EventSubApi eventSub;
    private final ExtensionsApi extensions;
    private final GamesApi games;
    private final GoalsApi goals;
    private final GuestStarApi guestStar;
    private final HypeTrainApi hypeTrain;
    private final ModerationApi moderation;
    private final PollsApi polls;
    private final PredictionsApi predictions;
    private final RaidsApi raids;
    private final ScheduleApi schedule;
    private final SearchApi search;
    private final StreamsApi streams;
    private final SubscriptionsApi subscriptions;
    private final TagsApi tags;
    private final TeamsApi teams;
    private final UsersApi users;
    private final VideosApi videos;
    private final WhispersApi whispers;

    HelixApi(Helix helix, String key) {
        this.helix = helix;
        this.key = key;
        this.ads = new AdsApi(this);
        this.analytics = new AnalyticsApi(this);
        this.bits = new BitsApi(this);
        this.channelPoints = new ChannelPointsApi(this);
        this.channels = new ChannelsApi(this);
        this.charity = new CharityApi(this);
        this.chat = new ChatApi(this);
        this.clips = new ClipsApi(this);
        this.conduits = new ConduitsApi(this);
        this.contentClassificationLabels = new ContentClassificationLabelsApi(this);
        this.entitlements = new EntitlementsApi(this);
        this.eventSub = new EventSubApi(this);
        this.extensions = new ExtensionsApi(this);
        this.games = new GamesApi(this);
        this.goals = new GoalsApi(this);
        this.guestStar = new GuestStarApi(this);
        this.hypeTrain = new HypeTrainApi(this);
        this.moderation = new ModerationApi(this);
        this.polls = new PollsApi(this);
        this.predictions = new PredictionsApi(this);
        this.raids = new RaidsApi(this);
        this.schedule = new ScheduleApi(this);
        this.search = new SearchApi(this);
        this.streams = new StreamsApi(this);
        this.subscriptions = new SubscriptionsApi(this);
        this.tags = new TagsApi(this);
        this.teams = new TeamsApi(this);
        this.users = new UsersApi(this);
        this.videos = new VideosApi(this);
        this.whispers = new WhispersApi(this);
    }

    /** Whose token this is bound to: a user id, or the client id for the app token. */
    public String tokenKey() {
        return key;
    }

    /** Whether this is bound to the application's token rather than a user's. */
    public boolean isAppToken() {
        return helix.isAppKey(key);
    }

    /**
     * The id of the user whose token this is bound to: the default of the user-bound overloads.
     *
     * @throws IllegalStateException on the app token's API, which has no user: pass the id explicitly there
     */
    public String userId() {
        if (isAppToken()) {
            throw new IllegalStateException("this HelixApi is bound to the app token, which has no user; "
                    + "pass the broadcaster/moderator/user id explicitly");
        }
        return key;
    }

    /** Ads: commercials, the ad schedule, snoozes. */
    public AdsApi ads() {
        return ads;
    }

    /** Analytics report URLs of the user's extensions and games. */
    public AnalyticsApi analytics() {
        return analytics;
    }

    /** Bits: leaderboard, Cheermotes, extension transactions, custom Power-ups. */
    public BitsApi bits() {
        return bits;
    }

    /** Channel Points: custom rewards and redemptions. */
    public ChannelPointsApi channelPoints() {
        return channelPoints;
    }

    /** Channels: channel information, editors, follows. */
    public ChannelsApi channels() {
        return channels;
    }

    /** Charity: campaigns and donations. */
    public CharityApi charity() {
        return charity;
    }

    /** Chat. */
    public ChatApi chat() {
        return chat;
    }

    /** Clips: create from a live stream or a video, look up, download. */
    public ClipsApi clips() {
        return clips;
    }

    /** Conduits and their shards (app token). */
    public ConduitsApi conduits() {
        return conduits;
    }

    /** Content classification labels. */
    public ContentClassificationLabelsApi contentClassificationLabels() {
        return contentClassificationLabels;
    }

    /** Drops entitlements. */
    public EntitlementsApi entitlements() {
        return entitlements;
    }

    /** EventSub subscriptions: create, list, delete. */
    public EventSubApi eventSub() {
        return eventSub;
    }

    /** Extensions: configuration, PubSub, chat, secrets and Bits products; most calls sign an extension JWT. */
    public ExtensionsApi extensions() {
        return extensions;
    }

    /** Games: top games and lookups of categories. */
    public GamesApi games() {
        return games;
    }

    /** Goals: creator goals. */
    public GoalsApi goals() {
        return goals;
    }

    /** Guest Star (beta): settings, the session, invites and slots (user tokens). */
    public GuestStarApi guestStar() {
        return guestStar;
    }

    /** Hype Train: hype train status. */
    public HypeTrainApi hypeTrain() {
        return hypeTrain;
    }

    /** Moderation: AutoMod, bans, unban requests, blocked terms, moderators, VIPs, Shield Mode, warnings. */
    public ModerationApi moderation() {
        return moderation;
    }

    /** Polls: create, end, list (one running poll per channel). */
    public PollsApi polls() {
        return polls;
    }

    /** Channel Points Predictions: create, lock, resolve or cancel, list. */
    public PredictionsApi predictions() {
        return predictions;
    }

    /** Raids: start and cancel. */
    public RaidsApi raids() {
        return raids;
    }

    /** The streaming schedule: segments, vacation, the iCalendar feed. */
    public ScheduleApi schedule() {
        return schedule;
    }

    /** Search: categories and channels. */
    public SearchApi search() {
        return search;
    }

    /** Streams: live streams, followed streams, stream markers, the stream key. */
    public StreamsApi streams() {
        return streams;
    }

    /** Subscriptions: subscribers and subscription checks. */
    public SubscriptionsApi subscriptions() {
        return subscriptions;
    }

    /** Tags (deprecated by Twitch): Twitch-defined stream tags. */
    public TagsApi tags() {
        return tags;
    }

    /** Teams: a channel's teams and a team's members. */
    public TeamsApi teams() {
        return teams;
    }

    /** Users. */
    public UsersApi users() {
        return users;
    }

    /** Videos: look up and delete. */
    public VideosApi videos() {
        return videos;
    }

    /** Whispers. */
    public WhispersApi whispers() {
        return whispers;
    }

    /**
     * Calls an endpoint twitchkit has no method for yet, with this token and the same rate limit, retries and typed
     * errors as every other call.
     *
     * @param method {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}
     * @param path below the Helix base, e.g. {@code /some/new/endpoint}
     * @param query the query parameters, or null
     * @param body the JSON body (a record, a map, a {@code JsonNode}), or null
     * @param type what the answer decodes to ({@code JsonNode.class} for the raw tree, {@code Void.class} for none)
     */
    public <T> CompletableFuture<T> call(String method, String path, HelixQuery query, Object body, Class<T> type) {
        Checks.notNull(type, "type");
        Endpoint<?> endpoint = type == Void.class ? Endpoint.noContent(method, path) : Endpoint.of(method, path, type);
        @SuppressWarnings("unchecked")
        Endpoint<T> typed = (Endpoint<T>) endpoint;
        return typed.call(this, query, body);
    }

    /** The core this API runs on. */
    public Helix helix() {
        return helix;
    }

    @Override
    public String toString() {
        return "HelixApi[" + key + "]";
    }
}
