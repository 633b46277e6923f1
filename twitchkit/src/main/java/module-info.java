/** twitchkit: Twitch EventSub (WebSocket sessions and conduits), Helix and OAuth. */
module dev.twitchkit {
    requires java.net.http;
    requires tools.jackson.databind;
    requires org.slf4j;

    exports dev.twitchkit;
    exports dev.twitchkit.eventsub.event;
    opens dev.twitchkit.eventsub.event to tools.jackson.databind;
}
