package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.eventsub.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Charity campaigns, at most one active per channel, and their donations. Amounts are in the currency's minor
 * unit (cents of {@link #CURRENCY}).
 */
public final class Charity {
    /** The currency of every campaign in the mock. */
    public static final String CURRENCY = "USD";

    /**
     * An active campaign.
     *
     * @param targetAmount null when the broadcaster set no goal
     */
    public record Campaign(String id, String broadcasterId, String charityName, String charityDescription,
                           String charityLogo, String charityWebsite, long currentAmount, Long targetAmount,
                           Instant startedAt) {
        Campaign plus(long amount) {
            return new Campaign(id, broadcasterId, charityName, charityDescription, charityLogo, charityWebsite,
                    currentAmount + amount, targetAmount, startedAt);
        }
    }

    /** A donation to a campaign. */
    public record Donation(String id, String campaignId, String userId, long amount) {
    }

    private final Map<String, Campaign> active = new HashMap<>();
    private final Map<String, List<Donation>> donations = new HashMap<>();

    /** Starts a campaign in the channel, replacing any active one. */
    public synchronized Campaign start(String broadcasterId, String charityName, Long targetAmount, Instant now) {
        String slug = charityName.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        Campaign campaign = new Campaign(Ids.uuid(), broadcasterId, charityName,
                "Donations to " + charityName + " through Twitch Charity",
                "https://static-cdn.jtvnw.net/charity/" + slug + "/100.png", "https://www.example.org/" + slug,
                0, targetAmount, now);
        active.put(broadcasterId, campaign);
        donations.put(campaign.id(), new ArrayList<>());
        return campaign;
    }

    /** The channel's active campaign. */
    public synchronized Optional<Campaign> active(String broadcasterId) {
        return Optional.ofNullable(active.get(broadcasterId));
    }

    /** Records a donation to the channel's active campaign; empty when there is none. */
    public synchronized Optional<Donation> donate(String broadcasterId, String userId, long amount) {
        Campaign campaign = active.get(broadcasterId);
        if (campaign == null) {
            return Optional.empty();
        }
        Donation donation = new Donation(Ids.uuid(), campaign.id(), userId, amount);
        donations.get(campaign.id()).add(donation);
        active.put(broadcasterId, campaign.plus(amount));
        return Optional.of(donation);
    }

    /** The donations to the channel's active campaign, oldest first (none without a campaign). */
    public synchronized List<Donation> donations(String broadcasterId) {
        Campaign campaign = active.get(broadcasterId);
        return campaign == null ? List.of() : List.copyOf(donations.get(campaign.id()));
    }
}
