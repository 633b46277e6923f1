package dev.twitchkit.helix.entitlements;

import java.util.List;

/**
 * Which Drops entitlements to list; every member is optional (null or empty: no filter). With a user token,
 * {@code userId} must be null (Twitch lists the token user's own).
 *
 * @param ids only these entitlements, at most 100
 * @param userId only this user's (app token)
 * @param gameId only this game's
 * @param status only those in this status
 */
public record DropsFilter(List<String> ids, String userId, String gameId, FulfillmentStatus status) {
    /** No filter: every entitlement the organization (app token) or the user (user token) owns. */
    public static final DropsFilter ALL = new DropsFilter(List.of(), null, null, null);

    /** Copies the collections; null counts as empty. */
    public DropsFilter {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    /** Only the entitlements in {@code status}. */
    public static DropsFilter inStatus(FulfillmentStatus status) {
        return new DropsFilter(List.of(), null, null, status);
    }
}
