/** twitchkit: Twitch EventSub (WebSocket sessions and conduits), Helix and OAuth. */
module dev.twitchkit {
    requires transitive java.net.http; // HttpClient appears in the builders and App.httpClient()
    requires transitive tools.jackson.databind;
    requires org.slf4j;
    uses org.slf4j.spi.SLF4JServiceProvider; // to tell "no provider" (warned once) from slf4j-nop (chosen silence)
    requires java.sql;
    requires jdk.httpserver;

    exports dev.twitchkit;
    exports dev.twitchkit.auth;
    exports dev.twitchkit.conduit;
    exports dev.twitchkit.helix;
    exports dev.twitchkit.helix.chat;
    exports dev.twitchkit.helix.conduits;
    exports dev.twitchkit.helix.eventsub;
    exports dev.twitchkit.helix.users;
    exports dev.twitchkit.eventsub;
    exports dev.twitchkit.eventsub.event;
    exports dev.twitchkit.eventsub.lifecycle;
    exports dev.twitchkit.webhook;
    opens dev.twitchkit.eventsub.event to tools.jackson.databind;
    opens dev.twitchkit.helix to tools.jackson.databind;
    opens dev.twitchkit.helix.chat to tools.jackson.databind;
    opens dev.twitchkit.helix.conduits to tools.jackson.databind;
    opens dev.twitchkit.helix.eventsub to tools.jackson.databind;
    opens dev.twitchkit.helix.users to tools.jackson.databind;
}
