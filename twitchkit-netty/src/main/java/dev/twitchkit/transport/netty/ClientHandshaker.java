package dev.twitchkit.transport.netty;

import io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker13;
import io.netty.handler.codec.http.websocketx.WebSocketFrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import java.net.URI;

/**
 * Netty's RFC 6455 client handshake (no subprotocol, no extensions, masked client frames), reading the server's
 * frames with {@link ServerFrameDecoder}, which passes payloads on without copying them.
 */
final class ClientHandshaker extends WebSocketClientHandshaker13 {
    ClientHandshaker(URI uri, int maxFramePayload) {
        super(uri, WebSocketVersion.V13, null, false, null, maxFramePayload, true, false);
    }

    @Override
    protected WebSocketFrameDecoder newWebsocketDecoder() {
        return new ServerFrameDecoder(maxFramePayloadLength());
    }
}
