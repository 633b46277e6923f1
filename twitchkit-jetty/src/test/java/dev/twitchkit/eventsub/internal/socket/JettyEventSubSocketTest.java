package dev.twitchkit.eventsub.internal.socket;

import dev.twitchkit.transport.WebSocketTransport;
import dev.twitchkit.transport.jetty.JettyWebSocketTransport;
import javax.net.ssl.SSLContext;

/** The socket contract ({@link EventSubSocketTest}) on the Jetty transport, which reports every drop itself. */
class JettyEventSubSocketTest extends EventSubSocketTest {
    @Override
    protected WebSocketTransport newTransport() {
        return JettyWebSocketTransport.create();
    }

    @Override
    protected WebSocketTransport newTransport(SSLContext trust) {
        return JettyWebSocketTransport.builder().sslContext(trust).build();
    }

    @Override
    protected boolean reportsEveryDrop() {
        return true;
    }
}
