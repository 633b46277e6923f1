/** twitchkit-netty: a WebSocket transport for twitchkit's EventSub clients on Netty 4.2. */
module dev.twitchkit.transport.netty {
    requires transitive dev.twitchkit;
    requires io.netty.buffer;
    requires io.netty.codec;
    requires io.netty.codec.http;
    requires io.netty.common;
    requires io.netty.handler;
    requires io.netty.handler.proxy;
    requires io.netty.resolver;
    requires io.netty.transport;

    exports dev.twitchkit.transport.netty;
    provides dev.twitchkit.transport.WebSocketTransportProvider
            with dev.twitchkit.transport.netty.NettyTransportProvider;
}
