package dev.twitchkit.helix.entitlements;

import java.util.List;

/**
 * The outcome of an update for a group of entitlements.
 *
 * @param status {@code SUCCESS}, {@code INVALID_ID}, {@code NOT_FOUND}, {@code UNAUTHORIZED} or
 *               {@code UPDATE_FAILED} (transient: retry later)
 * @param ids the entitlements with this outcome
 */
public record EntitlementUpdate(String status, List<String> ids) {
    /** Twitch's status of the entitlements that were updated. */
    public static final String SUCCESS = "SUCCESS";

    /** Copies the collections; null counts as empty. */
    public EntitlementUpdate {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    /** Whether these entitlements were updated. */
    public boolean succeeded() {
        return SUCCESS.equals(status);
    }
}
