package dev.twitchkit.helix.ads;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Bodies;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.internal.Checks;
import java.util.concurrent.CompletableFuture;

/** Ads: commercials, the ad schedule, snoozes. All on the broadcaster's own token. */
public final class AdsApi {
    /** Twitch's longest commercial, in seconds. */
    public static final int MAX_COMMERCIAL_LENGTH = 180;
    private static final String CATEGORY = "Ads";

    static final ListEndpoint<Commercial> START_COMMERCIAL = Endpoint.declare(CATEGORY, "Start Commercial",
            "startCommercial").route("POST", "/channels/commercial").scopes(Scope.CHANNEL_EDIT_COMMERCIAL)
            .userToken().data(Commercial.class);
    static final ListEndpoint<AdSchedule> GET_SCHEDULE = Endpoint.declare(CATEGORY, "Get Ad Schedule",
            "getAdSchedule").route("GET", "/channels/ads").scopes(Scope.CHANNEL_READ_ADS).userToken()
            .data(AdSchedule.class);
    static final ListEndpoint<SnoozedAd> SNOOZE = Endpoint.declare(CATEGORY, "Snooze Next Ad", "snoozeNextAd")
            .route("POST", "/channels/ads/schedule/snooze").scopes(Scope.CHANNEL_MANAGE_ADS).userToken()
            .data(SnoozedAd.class);

    private final HelixApi api;

    /** The ads endpoints on {@code api}'s token. */
    public AdsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /**
     * Runs a commercial (raises {@code channel.ad_break.begin}); a {@code RateLimitedException} within the
     * cooldown of the last one.
     *
     * @param broadcasterId the token's user
     * @param lengthSeconds 1 to 180
     */
    public CompletableFuture<Commercial> startCommercial(String broadcasterId, int lengthSeconds) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.inRange(lengthSeconds, 1, MAX_COMMERCIAL_LENGTH, "lengthSeconds");
        return START_COMMERCIAL.single(api, null, Bodies.of("broadcaster_id", broadcasterId,
                "length", lengthSeconds));
    }

    /** Runs a commercial in the token user's channel. */
    public CompletableFuture<Commercial> startCommercial(int lengthSeconds) {
        return startCommercial(api.userId(), lengthSeconds);
    }

    /** The broadcaster's ad schedule (the broadcaster must be the token's user). */
    public CompletableFuture<AdSchedule> getAdSchedule(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_SCHEDULE.single(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null);
    }

    /** The token user's ad schedule. */
    public CompletableFuture<AdSchedule> getAdSchedule() {
        return getAdSchedule(api.userId());
    }

    /** Pushes the next automatic ad back 5 minutes; a {@code RateLimitedException} when no snooze is left. */
    public CompletableFuture<SnoozedAd> snoozeNextAd(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return SNOOZE.single(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null);
    }

    /** Snoozes the token user's next ad. */
    public CompletableFuture<SnoozedAd> snoozeNextAd() {
        return snoozeNextAd(api.userId());
    }
}
