package dev.twitchkit.transport.netty;

import dev.twitchkit.transport.WebSocketConnection;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One open WebSocket on a Netty {@link Channel}: what goes out on it (pings, pongs, close frames) and dropping it.
 * After a close frame went out nothing more is sent, as the protocol demands.
 */
final class NettyConnection implements WebSocketConnection {
    private final Channel channel;
    private final AtomicBoolean outputClosed = new AtomicBoolean();
    private volatile boolean aborted;

    NettyConnection(Channel channel) {
        this.channel = channel;
    }

    @Override
    public CompletableFuture<Void> ping() {
        if (outputClosed.get() || !channel.isActive()) {
            return CompletableFuture.failedFuture(new IOException("the connection is closed"));
        }
        return completable(channel.writeAndFlush(new PingWebSocketFrame()));
    }

    @Override
    public CompletableFuture<Void> close(int code, String reason) {
        if (!outputClosed.compareAndSet(false, true)) {
            return CompletableFuture.failedFuture(new IllegalStateException("output already closed"));
        }
        return completable(channel.writeAndFlush(new CloseWebSocketFrame(code, reason)));
    }

    @Override
    public void abort() {
        aborted = true;
        channel.close();
    }

    /** Whether {@link #abort()} ended the connection, for the message the listener then hears. */
    boolean aborted() {
        return aborted;
    }

    /** Answers a ping with its own payload (which this takes over), unless the output is closed. */
    void pong(ByteBuf payload) {
        if (outputClosed.get()) {
            payload.release();
        } else {
            channel.writeAndFlush(new PongWebSocketFrame(payload));
        }
    }

    /**
     * The peer sent a close frame: answers it with the same code if ours is not out yet, then closes the
     * channel; the peer's code may be absent (1005) or one that must not be sent back, then the answer has none.
     */
    void answerClose(int code) {
        if (!outputClosed.compareAndSet(false, true)) {
            channel.close();
            return;
        }
        CloseWebSocketFrame answer = WebSocketCloseStatus.isValidStatusCode(code)
                ? new CloseWebSocketFrame(code, null) : new CloseWebSocketFrame();
        channel.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE);
    }

    private static CompletableFuture<Void> completable(ChannelFuture write) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        write.addListener(f -> {
            if (f.isSuccess()) {
                done.complete(null);
            } else {
                done.completeExceptionally(f.cause());
            }
        });
        return done;
    }

    @Override
    public String toString() {
        return "NettyConnection[" + channel.remoteAddress() + "]";
    }
}
