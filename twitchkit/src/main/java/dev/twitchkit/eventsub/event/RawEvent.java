package dev.twitchkit.eventsub.event;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * An event of a type or version the library has no model for (a new Twitch type, a forced newer version), or one
 * whose JSON did not fit its model. Never an error: handlers registered for {@code RawEvent} or by type string
 * receive it.
 *
 * @param type the subscription type
 * @param version the subscription version
 * @param json the event object as Twitch sent it
 */
public record RawEvent(String type, String version, JsonNode json) implements EventSubEvent {
    /** Checks the JSON is given. */
    public RawEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(json, "json");
    }
}
