package dev.twitchkit.eventsub.event;

import java.time.Instant;

/**
 * The entitlement granted by a Drop.
 *
 * @param organizationId {@code organization_id}
 * @param categoryId {@code category_id}
 * @param categoryName {@code category_name}
 * @param campaignId {@code campaign_id}
 * @param userId the user's id ({@code user_id})
 * @param userName the user's display name ({@code user_name})
 * @param userLogin the user's login name ({@code user_login})
 * @param entitlementId {@code entitlement_id}
 * @param benefitId {@code benefit_id}
 * @param createdAt the time in {@code created_at}, to Twitch's nanosecond precision
 */
public record DropEntitlement(
        String organizationId,
        String categoryId,
        String categoryName,
        String campaignId,
        String userId,
        String userName,
        String userLogin,
        String entitlementId,
        String benefitId,
        Instant createdAt) {
}
