package dev.twitchkit.internal;

import java.time.Duration;
import java.util.Objects;

/** Argument checks with messages that say what was wrong. The one place for them. */
public final class Checks {
    private Checks() {
    }

    /** {@code value} itself; a {@link NullPointerException} naming it when null. */
    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    /** {@code value} itself; an {@link IllegalArgumentException} when null, empty or blank. */
    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** {@code value} itself; an {@link IllegalArgumentException} unless it is greater than zero. */
    public static Duration positive(Duration value, String name) {
        notNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return value;
    }

    /** {@code value} itself; an {@link IllegalArgumentException} unless {@code min <= value <= max}. */
    public static int inRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** {@code value} itself; an {@link IllegalArgumentException} when longer than {@code max} characters. */
    public static String maxLength(String value, int max, String name) {
        notNull(value, name);
        if (value.length() > max) {
            throw new IllegalArgumentException(name + " must be at most " + max + " characters, got "
                    + value.length());
        }
        return value;
    }
}
