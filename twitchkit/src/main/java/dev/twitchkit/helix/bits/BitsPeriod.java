package dev.twitchkit.helix.bits;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The period a Bits leaderboard aggregates over (Pacific time), starting at the day, week, month or year of
 * {@code started_at}; {@code all} for all time.
 *
 * <p>A closed set that stays open: a value Twitch adds later is a new instance with {@link #isKnown()} false.
 *
 * @param value the value as Twitch takes it
 */
public record BitsPeriod(String value) {
    /** {@code day} */
    public static final BitsPeriod DAY = new BitsPeriod("day");
    /** {@code week} */
    public static final BitsPeriod WEEK = new BitsPeriod("week");
    /** {@code month} */
    public static final BitsPeriod MONTH = new BitsPeriod("month");
    /** {@code year} */
    public static final BitsPeriod YEAR = new BitsPeriod("year");
    /** {@code all}: all time, no {@code started_at}. */
    public static final BitsPeriod ALL = new BitsPeriod("all");

    private static final List<BitsPeriod> KNOWN = List.of(DAY, WEEK, MONTH, YEAR, ALL);

    /** Rejects null; any other string is a valid (possibly unknown) value. */
    public BitsPeriod {
        Objects.requireNonNull(value, "value");
    }

    /** The constant for {@code value}, or a new instance holding an unknown value. */
    @JsonCreator
    public static BitsPeriod of(String value) {
        Objects.requireNonNull(value, "value");
        for (BitsPeriod known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new BitsPeriod(value);
    }

    /** Every value this version of the library knows. */
    public static List<BitsPeriod> known() {
        return KNOWN;
    }

    /** Whether this value is one of {@link #known()}. */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /** The value as Twitch sends it. */
    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
