package dev.twitchkit.eventsub.event;

/**
 * Details of an {@code unraid} notice: Twitch sends an empty object.
 */
public record ChatNotificationUnraid() {
}
