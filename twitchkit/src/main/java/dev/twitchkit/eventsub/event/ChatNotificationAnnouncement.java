package dev.twitchkit.eventsub.event;

/**
 * Details of an {@code announcement} notice.
 *
 * @param color {@code color}
 */
public record ChatNotificationAnnouncement(
        AnnouncementColor color) {
}
