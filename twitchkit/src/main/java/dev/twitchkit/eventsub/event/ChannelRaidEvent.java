package dev.twitchkit.eventsub.event;

/**
 * A broadcaster raided another broadcaster's channel.
 *
 * <p>EventSub type {@code channel.raid}, version {@code 1}.
 *
 * @param fromBroadcasterUserId the raiding or shouting-out broadcaster's user id ({@code from_broadcaster_user_id})
 * @param fromBroadcasterUserLogin the raiding or shouting-out broadcaster's login name ({@code
 *     from_broadcaster_user_login})
 * @param fromBroadcasterUserName the raiding or shouting-out broadcaster's display name ({@code
 *     from_broadcaster_user_name})
 * @param toBroadcasterUserId the raided or shouted-out broadcaster's user id ({@code to_broadcaster_user_id})
 * @param toBroadcasterUserLogin the raided or shouted-out broadcaster's login name ({@code
 *     to_broadcaster_user_login})
 * @param toBroadcasterUserName the raided or shouted-out broadcaster's display name ({@code
 *     to_broadcaster_user_name})
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
