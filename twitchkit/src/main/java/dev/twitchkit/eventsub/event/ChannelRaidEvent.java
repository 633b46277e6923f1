package dev.twitchkit.eventsub.event;

/**
 * A broadcaster raided another broadcaster's channel.
 *
 * <p>EventSub type {@code channel.raid}, version {@code 1}.
 *
 * @param fromBroadcasterUserId {@code from_broadcaster_user_id}
 * @param fromBroadcasterUserLogin {@code from_broadcaster_user_login}
 * @param fromBroadcasterUserName {@code from_broadcaster_user_name}
 * @param toBroadcasterUserId {@code to_broadcaster_user_id}
 * @param toBroadcasterUserLogin {@code to_broadcaster_user_login}
 * @param toBroadcasterUserName {@code to_broadcaster_user_name}
 * @param viewers {@code viewers}
 */
public record ChannelRaidEvent(
        String fromBroadcasterUserId,
        String fromBroadcasterUserLogin,
        String fromBroadcasterUserName,
        String toBroadcasterUserId,
        String toBroadcasterUserLogin,
        String toBroadcasterUserName,
        int viewers) implements EventSubEvent {
}
