package dev.twitchkit.helix.subscriptions;

import dev.twitchkit.eventsub.event.SubTier;

/**
 * A user's subscription to the broadcaster, as Get Broadcaster Subscriptions lists it.
 *
 * @param broadcasterId the broadcaster's user id
 * @param broadcasterLogin the broadcaster's login name
 * @param broadcasterName the broadcaster's display name
 * @param gifterId the gifter's user id; empty when not a gift
 * @param gifterLogin the gifter's login name; empty when not a gift
 * @param gifterName the gifter's display name; empty when not a gift
 * @param isGift whether the subscription was gifted
 * @param planName the name of the subscription
 * @param tier tier 1, 2 or 3 ({@code 1000}, {@code 2000}, {@code 3000})
 * @param userId the subscriber's user id
 * @param userName the subscriber's display name
 * @param userLogin the subscriber's login name
 */
public record BroadcasterSubscription(String broadcasterId, String broadcasterLogin, String broadcasterName,
                                      String gifterId, String gifterLogin, String gifterName, boolean isGift,
                                      String planName, SubTier tier, String userId, String userName,
                                      String userLogin) {
}
