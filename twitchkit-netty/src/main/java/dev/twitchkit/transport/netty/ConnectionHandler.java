package dev.twitchkit.transport.netty;

import dev.twitchkit.transport.WebSocketConnection;
import dev.twitchkit.transport.WebSocketListener;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The last handler of a connection's pipeline: finishes the opening handshake, then turns frames into the
 * listener's calls. Everything here runs on the channel's event loop, so the listener's calls for one connection
 * come one at a time and in order, and {@code onOpen} before any frame. Until the handshake succeeded only the
 * returned future learns of a failure; afterwards exactly one of {@code onClose} and {@code onError} ends it.
 */
final class ConnectionHandler extends ChannelInboundHandlerAdapter {
    private static final int NO_STATUS = 1005;

    /** Dropped once the connection is open, with the timer: an idle connection keeps neither. */
    private WebSocketClientHandshaker handshaker;
    private final WebSocketListener listener;
    private final CompletableFuture<WebSocketConnection> opened = new CompletableFuture<>();
    private final Duration connectTimeout;
    private ScheduledFuture<?> timeout;
    private NettyConnection connection;
    private boolean ended;
    /** What the frames of the current message are: none, text (handed on frame by frame) or binary (skipped). */
    private Message message = Message.NONE;

    private enum Message { NONE, TEXT, BINARY }

    ConnectionHandler(WebSocketClientHandshaker handshaker, Duration connectTimeout, WebSocketListener listener) {
        this.handshaker = handshaker;
        this.connectTimeout = connectTimeout;
        this.listener = listener;
    }

    /** Completes with the connection after {@code onOpen}; fails if the connection never opened. */
    CompletableFuture<WebSocketConnection> opened() {
        return opened;
    }

    /** Fails the handshake (the listener never hears of it) unless it already succeeded. */
    void failHandshake(Throwable error) {
        opened.completeExceptionally(error);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        // The whole of TCP connect, proxy tunnel, TLS and upgrade must fit in the connect timeout.
        String host = handshaker.uri().getHost();
        timeout = ctx.executor().schedule(() -> {
            if (!opened.isDone()) {
                failHandshake(new SocketTimeoutException("WebSocket handshake with " + host + " not done within "
                        + connectTimeout));
                ctx.close();
            }
        }, connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        // Proxy tunnel and TLS handlers before this one hold the request back until their own handshakes are done.
        handshaker.handshake(ctx.channel()).addListener(sent -> {
            if (!sent.isSuccess()) {
                failHandshake(sent.cause());
                ctx.close();
            }
        });
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof FullHttpResponse response) {
                finishHandshake(ctx, response);
            } else if (!ended && connection != null) {
                frame(msg);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void finishHandshake(ChannelHandlerContext ctx, FullHttpResponse response) {
        if (handshaker == null) {
            return; // not a response of this exchange; nothing to do with it
        }
        try {
            handshaker.finishHandshake(ctx.channel(), response);
        } catch (RuntimeException refused) {
            failHandshake(refused);
            ctx.close();
            return;
        }
        handshaker = null;
        timeout.cancel(false);
        timeout = null;
        connection = new NettyConnection(ctx.channel());
        listener.onOpen(connection);
        opened.complete(connection);
    }

    private void frame(Object frame) {
        if (frame instanceof TextWebSocketFrame text) {
            text(text.content(), text.isFinalFragment());
        } else if (frame instanceof ContinuationWebSocketFrame more) {
            continuation(more.content(), more.isFinalFragment());
        } else if (frame instanceof PingWebSocketFrame ping) {
            connection.pong(ping.content().retain());
        } else if (frame instanceof PongWebSocketFrame) {
            listener.onPong();
        } else if (frame instanceof CloseWebSocketFrame close) {
            closed(close);
        } else if (frame instanceof BinaryWebSocketFrame binary) {
            message = binary.isFinalFragment() ? Message.NONE : Message.BINARY; // Twitch sends none: skipped
        }
    }

    /** The payload's bytes as they came: the engine joins the frames of a message and parses the UTF-8 itself. */
    private void text(ByteBuf payload, boolean last) {
        if (!last) {
            message = Message.TEXT;
        }
        listener.onText(payload.nioBuffer(), last);
    }

    private void continuation(ByteBuf payload, boolean last) {
        if (last) {
            Message of = message;
            message = Message.NONE;
            if (of == Message.TEXT) {
                listener.onText(payload.nioBuffer(), true);
            }
        } else if (message == Message.TEXT) {
            listener.onText(payload.nioBuffer(), false);
        }
    }

    private void closed(CloseWebSocketFrame close) {
        int code = close.statusCode() == -1 ? NO_STATUS : close.statusCode();
        String reason = close.statusCode() == -1 ? "" : close.reasonText();
        connection.answerClose(code);
        end();
        listener.onClose(code, reason);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (timeout != null) {
            timeout.cancel(false);
        }
        failHandshake(new IOException("connection closed before the WebSocket handshake completed"));
        if (connection != null && !ended) {
            end();
            listener.onError(new IOException(connection.aborted()
                    ? "connection aborted" : "connection closed without a close frame"));
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        failHandshake(cause);
        if (connection != null && !ended) {
            end();
            listener.onError(cause);
        }
        ctx.close();
    }

    private void end() {
        ended = true;
    }
}
