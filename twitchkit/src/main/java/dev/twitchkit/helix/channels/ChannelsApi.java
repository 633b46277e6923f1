package dev.twitchkit.helix.channels;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Channels: channel information, editors, follows. */
public final class ChannelsApi {
    /** Twitch's limit on broadcaster ids in one Get Channel Information call; more are split into such calls. */
    public static final int MAX_IDS_PER_CALL = 100;
    private static final String CATEGORY = "Channels";

    static final ListEndpoint<ChannelInformation> GET_INFORMATION = Endpoint.declare(CATEGORY,
            "Get Channel Information", "getChannelInformation").route("GET", "/channels")
            .data(ChannelInformation.class);
    static final Endpoint<Void> MODIFY_INFORMATION = Endpoint.declare(CATEGORY, "Modify Channel Information",
            "modifyChannelInformation").route("PATCH", "/channels").scopes(Scope.CHANNEL_MANAGE_BROADCAST)
            .userToken().noContent();
    static final ListEndpoint<ChannelEditor> GET_EDITORS = Endpoint.declare(CATEGORY, "Get Channel Editors",
            "getChannelEditors").route("GET", "/channels/editors").scopes(Scope.CHANNEL_READ_EDITORS).userToken()
            .data(ChannelEditor.class);
    static final ListEndpoint<FollowedChannel> GET_FOLLOWED = Endpoint.declare(CATEGORY, "Get Followed Channels",
            "getFollowedChannels").route("GET", "/channels/followed").scopes(Scope.USER_READ_FOLLOWS).userToken()
            .list(FollowedChannel.class, 100);
    static final ListEndpoint<ChannelFollower> GET_FOLLOWERS = Endpoint.declare(CATEGORY, "Get Channel Followers",
            "getChannelFollowers").route("GET", "/channels/followers").scopes(Scope.MODERATOR_READ_FOLLOWERS)
            .userToken().list(ChannelFollower.class, 100);

    private final HelixApi api;

    /** The channel endpoints on {@code api}'s token. */
    public ChannelsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /**
     * The channels of these broadcasters, in the order asked; unknown ids are left out. More than 100 ids are
     * looked up in calls of 100.
     */
    public CompletableFuture<List<ChannelInformation>> getChannelInformation(Collection<String> broadcasterIds) {
        Checks.notNull(broadcasterIds, "broadcasterIds");
        if (broadcasterIds.isEmpty()) {
            throw new IllegalArgumentException("broadcasterIds must name at least one broadcaster");
        }
        return GET_INFORMATION.lookup(api, null, "broadcaster_id", broadcasterIds, MAX_IDS_PER_CALL);
    }

    /** One broadcaster's channel; fails with a {@code HelixException} when Twitch knows no such broadcaster. */
    public CompletableFuture<ChannelInformation> getChannelInformation(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_INFORMATION.single(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null);
    }

    /**
     * Changes the broadcaster's channel (raises {@code channel.update}).
     *
     * @param broadcasterId the token's user
     * @param changes the fields to change
     */
    public CompletableFuture<Void> modifyChannelInformation(String broadcasterId, ModifyChannelRequest changes) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notNull(changes, "changes");
        return MODIFY_INFORMATION.call(api, HelixQuery.create().add("broadcaster_id", broadcasterId), changes);
    }

    /** Changes the token user's channel. */
    public CompletableFuture<Void> modifyChannelInformation(ModifyChannelRequest changes) {
        return modifyChannelInformation(api.userId(), changes);
    }

    /** The broadcaster's editors (the broadcaster must be the token's user). */
    public CompletableFuture<List<ChannelEditor>> getChannelEditors(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_EDITORS.data(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null);
    }

    /** The token user's editors. */
    public CompletableFuture<List<ChannelEditor>> getChannelEditors() {
        return getChannelEditors(api.userId());
    }

    /**
     * The channels {@code userId} follows, newest first, 100 a page; {@code broadcasterId} non-null narrows it to that
     * channel (empty when the user does not follow it). The page's {@code total} counts all followed channels.
     *
     * @param userId the token's user
     * @param broadcasterId a channel to check, or null for all
     */
    public Paginator<FollowedChannel> getFollowedChannels(String userId, String broadcasterId) {
        Checks.notBlank(userId, "userId");
        if (broadcasterId != null) {
            Checks.notBlank(broadcasterId, "broadcasterId");
        }
        return GET_FOLLOWED.paginate(api, HelixQuery.create().add("user_id", userId)
                .add("broadcaster_id", broadcasterId));
    }

    /** Every channel the token user follows. */
    public Paginator<FollowedChannel> getFollowedChannels() {
        return getFollowedChannels(api.userId(), null);
    }

    /**
     * The broadcaster's followers, newest first, 100 a page; {@code userId} non-null narrows it to that user. The
     * token's user must be the broadcaster or one of its moderators, else Twitch answers only the {@code total}
     * (the page is empty, {@code Page.total()} still counts).
     *
     * @param broadcasterId the channel
     * @param userId a user to check, or null for all
     */
    public Paginator<ChannelFollower> getChannelFollowers(String broadcasterId, String userId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        if (userId != null) {
            Checks.notBlank(userId, "userId");
        }
        return GET_FOLLOWERS.paginate(api, HelixQuery.create().add("broadcaster_id", broadcasterId)
                .add("user_id", userId));
    }

    /** Every follower of the broadcaster. */
    public Paginator<ChannelFollower> getChannelFollowers(String broadcasterId) {
        return getChannelFollowers(broadcasterId, null);
    }
}
