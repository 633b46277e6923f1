/** twitchkit: Twitch EventSub (WebSocket sessions and conduits), Helix and OAuth. */
module dev.twitchkit {
    requires transitive java.net.http; // HttpClient appears in the builders and App.httpClient()
    requires transitive tools.jackson.databind;
    requires org.slf4j;
    uses org.slf4j.spi.SLF4JServiceProvider; // to tell "no provider" (warned once) from slf4j-nop (chosen silence)
    requires java.sql;
    requires jdk.httpserver;

    exports dev.twitchkit.auth;
    exports dev.twitchkit.conduit;
    exports dev.twitchkit.eventsub.event;
    exports dev.twitchkit.eventsub.lifecycle;
    exports dev.twitchkit.eventsub;
    exports dev.twitchkit.helix.ads;
    exports dev.twitchkit.helix.analytics;
    exports dev.twitchkit.helix.bits;
    exports dev.twitchkit.helix.channelpoints;
    exports dev.twitchkit.helix.channels;
    exports dev.twitchkit.helix.charity;
    exports dev.twitchkit.helix.chat;
    exports dev.twitchkit.helix.conduits;
    exports dev.twitchkit.helix.entitlements;
    exports dev.twitchkit.helix.eventsub;
    exports dev.twitchkit.helix.extensions;
    exports dev.twitchkit.helix.goals;
    exports dev.twitchkit.helix.hypetrain;
    exports dev.twitchkit.helix.moderation;
    exports dev.twitchkit.helix.polls;
    exports dev.twitchkit.helix.predictions;
    exports dev.twitchkit.helix.raids;
    exports dev.twitchkit.helix.schedule;
    exports dev.twitchkit.helix.subscriptions;
    exports dev.twitchkit.helix.users;
    exports dev.twitchkit.helix.whispers;
    exports dev.twitchkit.helix;
    // streams, search, clips, videos
    exports dev.twitchkit.helix.streams;
    exports dev.twitchkit.helix.search;
    exports dev.twitchkit.helix.clips;
    exports dev.twitchkit.helix.videos;
    exports dev.twitchkit;
    opens dev.twitchkit.eventsub.event to tools.jackson.databind;
    opens dev.twitchkit.helix to tools.jackson.databind;
    opens dev.twitchkit.helix.ads to tools.jackson.databind;
    opens dev.twitchkit.helix.analytics to tools.jackson.databind;
    opens dev.twitchkit.helix.bits to tools.jackson.databind;
    opens dev.twitchkit.helix.channelpoints to tools.jackson.databind;
    opens dev.twitchkit.helix.channels to tools.jackson.databind;
    opens dev.twitchkit.helix.charity to tools.jackson.databind;
    opens dev.twitchkit.helix.chat to tools.jackson.databind;
    opens dev.twitchkit.helix.conduits to tools.jackson.databind;
    opens dev.twitchkit.helix.entitlements to tools.jackson.databind;
    opens dev.twitchkit.helix.eventsub to tools.jackson.databind;
    opens dev.twitchkit.helix.extensions to tools.jackson.databind;
    opens dev.twitchkit.helix.goals to tools.jackson.databind;
    opens dev.twitchkit.helix.hypetrain to tools.jackson.databind;
    opens dev.twitchkit.helix.moderation to tools.jackson.databind;
    opens dev.twitchkit.helix.polls to tools.jackson.databind;
    opens dev.twitchkit.helix.predictions to tools.jackson.databind;
    opens dev.twitchkit.helix.raids to tools.jackson.databind;
    opens dev.twitchkit.helix.schedule to tools.jackson.databind;
    opens dev.twitchkit.helix.subscriptions to tools.jackson.databind;
    opens dev.twitchkit.helix.users to tools.jackson.databind;
    opens dev.twitchkit.helix.whispers to tools.jackson.databind;
    // streams, search, clips, videos
    opens dev.twitchkit.helix.streams to tools.jackson.databind;
    opens dev.twitchkit.helix.search to tools.jackson.databind;
    opens dev.twitchkit.helix.clips to tools.jackson.databind;
    opens dev.twitchkit.helix.videos to tools.jackson.databind;
}
