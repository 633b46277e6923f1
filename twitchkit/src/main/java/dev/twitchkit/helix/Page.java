package dev.twitchkit.helix;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One page of a list endpoint.
 *
 * @param items the page's items
 * @param cursor the cursor of the next page; empty on the last page
 * @param total Twitch's {@code total}, when the endpoint reports one
 * @param totalCost Twitch's {@code total_cost} (EventSub subscriptions)
 * @param maxTotalCost Twitch's {@code max_total_cost} (EventSub subscriptions)
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Optional<String> cursor, OptionalInt total, OptionalInt totalCost,
                      OptionalInt maxTotalCost) {
    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }

    /** The page an answer envelope holds. */
    public static <T> Page<T> of(DataResponse<T> response) {
        return new Page<>(response.data(), Optional.ofNullable(response.cursor()), opt(response.total()),
                opt(response.totalCost()), opt(response.maxTotalCost()));
    }

    private static OptionalInt opt(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
