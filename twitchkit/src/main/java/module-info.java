/** twitchkit: Twitch EventSub (WebSocket sessions and conduits), Helix and OAuth. */
module dev.twitchkit {
    requires transitive java.net.http; // HttpClient appears in the builders and App.httpClient()
    requires transitive tools.jackson.databind;
    requires org.slf4j;
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
    exports dev.twitchkit.helix.channels;
    exports dev.twitchkit.helix.channelpoints;
    exports dev.twitchkit.helix.raids;
    exports dev.twitchkit.helix.ads;
    exports dev.twitchkit.helix.subscriptions;
    exports dev.twitchkit.helix.charity;
    exports dev.twitchkit.helix.goals;
    exports dev.twitchkit.helix.hypetrain;
    exports dev.twitchkit.eventsub;
    exports dev.twitchkit.eventsub.event;
    exports dev.twitchkit.eventsub.lifecycle;
    opens dev.twitchkit.eventsub.event to tools.jackson.databind;
    opens dev.twitchkit.helix to tools.jackson.databind;
    opens dev.twitchkit.helix.chat to tools.jackson.databind;
    opens dev.twitchkit.helix.conduits to tools.jackson.databind;
    opens dev.twitchkit.helix.eventsub to tools.jackson.databind;
    opens dev.twitchkit.helix.users to tools.jackson.databind;
    opens dev.twitchkit.helix.channels to tools.jackson.databind;
    opens dev.twitchkit.helix.channelpoints to tools.jackson.databind;
    opens dev.twitchkit.helix.raids to tools.jackson.databind;
    opens dev.twitchkit.helix.ads to tools.jackson.databind;
    opens dev.twitchkit.helix.subscriptions to tools.jackson.databind;
    opens dev.twitchkit.helix.charity to tools.jackson.databind;
    opens dev.twitchkit.helix.goals to tools.jackson.databind;
    opens dev.twitchkit.helix.hypetrain to tools.jackson.databind;
}
