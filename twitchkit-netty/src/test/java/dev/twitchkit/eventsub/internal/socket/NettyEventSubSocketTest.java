package dev.twitchkit.eventsub.internal.socket;

import dev.twitchkit.transport.WebSocketTransport;
import dev.twitchkit.transport.netty.NettyWebSocketTransport;
import javax.net.ssl.SSLContext;

/** The transport contract (close codes, pongs, drops, caps, fragments, wss trust) on Netty. */
class NettyEventSubSocketTest extends EventSubSocketTest {
    @Override
    protected WebSocketTransport newTransport() {
        return NettyWebSocketTransport.create();
    }

    @Override
    protected WebSocketTransport newTransport(SSLContext trust) {
        return NettyWebSocketTransport.builder().sslContext(trust).build();
    }

    @Override
    protected boolean reportsEveryDrop() {
        return true;
    }
}
