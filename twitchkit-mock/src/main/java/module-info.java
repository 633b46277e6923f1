/** An embedded Twitch for tests: EventSub WebSocket, conduits, Helix and OAuth. */
module dev.twitchkit.mock {
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.websocket.server;
    requires org.eclipse.jetty.websocket.common;
    // Transitive: MockState and EventExamples show JsonNode.
    requires transitive tools.jackson.databind;
    requires org.slf4j;
    requires java.net.http; // calls webhook callbacks
    // Static: only the JUnit extension needs it; transitive: the extension's API shows JUnit types.
    requires static transitive org.junit.jupiter.api;

    exports dev.twitchkit.mock;
    exports dev.twitchkit.mock.junit;
    // Jetty builds method handles to the WebSocket endpoint reflectively, from more than one of its modules.
    opens dev.twitchkit.mock.internal.eventsub;
    // Jackson writes and reads the world's records and value classes field by field for the mock's saved state.
    opens dev.twitchkit.mock.internal.world to tools.jackson.databind;
}
