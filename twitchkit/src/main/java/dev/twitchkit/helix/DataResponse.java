package dev.twitchkit.helix;

import java.util.List;

/**
 * Twitch's answer envelope: {@code data}, an optional {@code pagination.cursor}, and the totals some list
 * endpoints add (EventSub subscriptions report {@code total}, {@code total_cost}, {@code max_total_cost}).
 */
record DataResponse<E>(List<E> data, Pagination pagination, Integer total, Integer totalCost,
                       Integer maxTotalCost) {
    DataResponse {
        data = data == null ? List.of() : List.copyOf(data);
    }

    /** The cursor of the next page; null on the last page. */
    String cursor() {
        return pagination == null || pagination.cursor() == null || pagination.cursor().isBlank()
                ? null : pagination.cursor();
    }

    record Pagination(String cursor) {
    }
}
