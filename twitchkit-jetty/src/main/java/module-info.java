/** twitchkit-jetty: a WebSocket transport for twitchkit's EventSub clients on Jetty 12's WebSocket client. */
module dev.twitchkit.transport.jetty {
    requires transitive dev.twitchkit;
    requires org.eclipse.jetty.client;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.util;
    requires org.eclipse.jetty.websocket.api;
    requires org.eclipse.jetty.websocket.client;

    exports dev.twitchkit.transport.jetty;
    // Not API: Jetty calls a connection's endpoint (JettySocket) through public method handles, which need the
    // class's package exported to everyone.
    exports dev.twitchkit.transport.jetty.internal;
}
