package dev.twitchkit.eventsub.event;

import java.time.Instant;
import java.util.List;

/**
 * Users responded to a poll.
 *
 * <p>EventSub type {@code channel.poll.progress}, version {@code 1}.
 *
 * @param id the id Twitch gives it ({@code id})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param title {@code title}
 * @param bitsVoting {@code bits_voting}
 * @param channelPointsVoting {@code channel_points_voting}
 * @param startedAt the time in {@code started_at}, to Twitch's nanosecond precision
 * @param choices {@code choices}; empty when Twitch sends none
 * @param endsAt the time in {@code ends_at}, to Twitch's nanosecond precision
 */
public record ChannelPollProgressEvent(
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String title,
        PollVoting bitsVoting,
        PollVoting channelPointsVoting,
        Instant startedAt,
        List<PollChoiceResult> choices,
        Instant endsAt) implements EventSubEvent {
    /** Copies lists so the record stays immutable. */
    public ChannelPollProgressEvent {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
