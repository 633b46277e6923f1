package dev.twitchkit.eventsub.internal.decode;

import dev.twitchkit.eventsub.event.EventSubEvent;
import java.util.Optional;

/** Which record an event of a (type, version) binds to; empty for pairs without a model. */
@FunctionalInterface
public interface EventTypes {
    Optional<Class<? extends EventSubEvent>> eventClass(String type, String version);
}
