package dev.twitchkit.eventsub;

/**
 * The EventSub subscriptions of a client with a logged-in user ({@code ClientUser.eventsub()}): {@link EventSub}
 * plus the overloads of {@link UserEventSubCatalog} that default user ids to that user.
 */
public interface UserEventSub extends EventSub, UserEventSubCatalog {
}
