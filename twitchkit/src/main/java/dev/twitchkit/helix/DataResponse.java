package dev.twitchkit.helix;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * Twitch's answer envelope: {@code data}, an optional {@code pagination.cursor}, and the totals some list
 * endpoints add ({@code total}; EventSub subscriptions also {@code total_cost} and {@code max_total_cost}).
 *
 * @param data the items; never null
 * @param pagination the cursor holder; null when Twitch sent none
 * @param total Twitch's {@code total}, or null
 * @param totalCost Twitch's {@code total_cost}, or null
 * @param maxTotalCost Twitch's {@code max_total_cost}, or null
 * @param <E> the item type
 */
public record DataResponse<E>(List<E> data, Pagination pagination, Integer total, Integer totalCost,
                              Integer maxTotalCost) {
    /** Copies the items; null counts as none. */
    public DataResponse {
        data = data == null ? List.of() : List.copyOf(data);
    }

    /** The cursor of the next page; null on the last page. */
    public String cursor() {
        return pagination == null || pagination.cursor() == null || pagination.cursor().isBlank()
                ? null : pagination.cursor();
    }

    /** The first item, if any. */
    public Optional<E> first() {
        return data.isEmpty() ? Optional.empty() : Optional.of(data.get(0));
    }

    /**
     * Twitch's pagination object.
     *
     * @param cursor the cursor of the next page, or null
     */
    public record Pagination(String cursor) {
        /** Twitch's usual form, {@code {"cursor": "…"}}. */
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Pagination(@JsonProperty("cursor") String cursor) {
            this.cursor = cursor;
        }

        /** The bare string some endpoints send instead of the object (Get Extension Live Channels). */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Pagination of(String cursor) {
            return new Pagination(cursor);
        }
    }
}
