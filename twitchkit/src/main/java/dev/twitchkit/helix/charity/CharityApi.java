package dev.twitchkit.helix.charity;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Charity: the broadcaster's active campaign and its donations (partners and affiliates). */
public final class CharityApi {
    private static final String CATEGORY = "Charity";

    static final ListEndpoint<CharityCampaign> GET_CAMPAIGN = Endpoint.declare(CATEGORY, "Get Charity Campaign",
            "getCharityCampaign").route("GET", "/charity/campaigns").scopes(Scope.CHANNEL_READ_CHARITY).userToken()
            .data(CharityCampaign.class);
    static final ListEndpoint<CharityDonation> GET_DONATIONS = Endpoint.declare(CATEGORY,
            "Get Charity Campaign Donations", "getCharityCampaignDonations").route("GET", "/charity/donations")
            .scopes(Scope.CHANNEL_READ_CHARITY).userToken().list(CharityDonation.class, 100);

    private final HelixApi api;

    /** The charity endpoints on {@code api}'s token. */
    public CharityApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /** The broadcaster's active campaign; empty when none runs (the broadcaster must be the token's user). */
    public CompletableFuture<Optional<CharityCampaign>> getCharityCampaign(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_CAMPAIGN.data(api, HelixQuery.create().add("broadcaster_id", broadcasterId), null)
                .thenApply(campaigns -> campaigns.stream().findFirst());
    }

    /** The token user's active campaign. */
    public CompletableFuture<Optional<CharityCampaign>> getCharityCampaign() {
        return getCharityCampaign(api.userId());
    }

    /** The donations to the broadcaster's active campaign, 100 a page. */
    public Paginator<CharityDonation> getCharityCampaignDonations(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_DONATIONS.paginate(api, HelixQuery.create().add("broadcaster_id", broadcasterId));
    }

    /** The donations to the token user's active campaign. */
    public Paginator<CharityDonation> getCharityCampaignDonations() {
        return getCharityCampaignDonations(api.userId());
    }
}
