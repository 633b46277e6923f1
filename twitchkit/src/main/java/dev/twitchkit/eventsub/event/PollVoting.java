package dev.twitchkit.eventsub.event;

/**
 * Whether extra votes can be bought with Bits or Channel Points, and their price.
 *
 * @param isEnabled whether enabled ({@code is_enabled})
 * @param amountPerVote {@code amount_per_vote}
 */
public record PollVoting(
        boolean isEnabled,
        int amountPerVote) {
}
