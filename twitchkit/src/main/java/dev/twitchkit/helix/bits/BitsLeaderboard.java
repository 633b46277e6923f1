package dev.twitchkit.helix.bits;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A channel's Bits leaderboard.
 *
 * @param leaders the leaders in rank order; empty when nobody cheered
 * @param dateRange the window it covers
 * @param total how many leaders there are ({@code count} or fewer)
 */
public record BitsLeaderboard(@JsonProperty("data") List<BitsLeader> leaders, DateRange dateRange, int total) {
    /** Copies the collections; null counts as empty. */
    public BitsLeaderboard {
        leaders = leaders == null ? List.of() : List.copyOf(leaders);
    }
}
