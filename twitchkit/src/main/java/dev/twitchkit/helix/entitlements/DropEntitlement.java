package dev.twitchkit.helix.entitlements;

import java.time.Instant;

/**
 * A Drops entitlement: a benefit a game granted a user.
 *
 * @param id the entitlement's id
 * @param benefitId the benefit (reward)
 * @param timestamp when it was granted
 * @param userId who was granted it
 * @param gameId the game the user was playing
 * @param fulfillmentStatus claimed or fulfilled
 * @param lastUpdated when it last changed
 */
public record DropEntitlement(String id, String benefitId, Instant timestamp, String userId, String gameId,
                              FulfillmentStatus fulfillmentStatus, Instant lastUpdated) {
}
