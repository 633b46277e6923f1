package dev.twitchkit.helix.polls;

import dev.twitchkit.internal.Checks;
import java.time.Duration;
import java.util.List;

/**
 * What Create Poll needs, checked against Twitch's limits as it is made, so a bad poll fails before Twitch is asked:
 * <pre>{@code
 * polls.createPoll(NewPoll.of("Next game?", Duration.ofMinutes(2), "Chess", "Go").withChannelPointsPerVote(100))
 * }</pre>
 *
 * @param title the question, 1 to {@value PollsApi#MAX_TITLE_LENGTH} characters
 * @param choices {@value PollsApi#MIN_CHOICES} to {@value PollsApi#MAX_CHOICES} choices, each 1 to
 *     {@value PollsApi#MAX_CHOICE_LENGTH} characters
 * @param duration whole seconds, 15 s to 30 min
 * @param channelPointsPerVote the price of an extra vote in Channel Points (1 to 1,000,000), or null for no extra
 *     votes
 */
public record NewPoll(String title, List<String> choices, Duration duration, Integer channelPointsPerVote) {
    /** Checks every limit Twitch documents; an {@link IllegalArgumentException} names the one broken. */
    public NewPoll {
        Checks.maxLength(Checks.notBlank(title, "title"), PollsApi.MAX_TITLE_LENGTH, "title");
        Checks.notNull(choices, "choices");
        if (choices.size() < PollsApi.MIN_CHOICES || choices.size() > PollsApi.MAX_CHOICES) {
            throw new IllegalArgumentException("a poll needs " + PollsApi.MIN_CHOICES + " to " + PollsApi.MAX_CHOICES
                    + " choices, got " + choices.size());
        }
        choices.forEach(c -> Checks.maxLength(Checks.notBlank(c, "choice"), PollsApi.MAX_CHOICE_LENGTH,
                "choice"));
        choices = List.copyOf(choices);
        Checks.notNull(duration, "duration");
        if (duration.toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException("duration must be whole seconds, got " + duration);
        }
        Checks.inRange((int) Math.min(duration.toSeconds(), Integer.MAX_VALUE), PollsApi.MIN_DURATION_SECONDS,
                PollsApi.MAX_DURATION_SECONDS, "duration in seconds");
        if (channelPointsPerVote != null) {
            Checks.inRange(channelPointsPerVote, 1, PollsApi.MAX_CHANNEL_POINTS_PER_VOTE, "channelPointsPerVote");
        }
    }

    /** A poll without extra votes. */
    public static NewPoll of(String title, Duration duration, String... choices) {
        return new NewPoll(title, List.of(Checks.notNull(choices, "choices")), duration, null);
    }

    /** The same poll, letting viewers buy extra votes at {@code points} Channel Points each. */
    public NewPoll withChannelPointsPerVote(int points) {
        return new NewPoll(title, choices, duration, points);
    }
}
