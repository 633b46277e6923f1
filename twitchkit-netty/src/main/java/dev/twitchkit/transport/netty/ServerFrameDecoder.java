package dev.twitchkit.transport.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrameDecoder;
import java.util.List;

/**
 * Reads the frames a server sends (RFC 6455, unmasked, no extensions) into Netty's frame types, each payload a
 * slice of the bytes as read, not a copy: {@link io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder}
 * copies every payload into a buffer of its own, which costs a copy per event and, for a large frame, twice its
 * size for a moment. A frame is passed on once it is whole, so at most one frame of at most {@code maxPayload}
 * bytes is held. A frame that breaks the protocol or the limit is answered with a close frame (1002 or 1009) and
 * the connection is closed; the error goes on to the pipeline.
 */
final class ServerFrameDecoder extends ByteToMessageDecoder implements WebSocketFrameDecoder {
    private static final int CONTINUATION = 0x0;
    private static final int TEXT = 0x1;
    private static final int BINARY = 0x2;
    private static final int CLOSE = 0x8;
    private static final int PING = 0x9;
    private static final int PONG = 0xA;
    private static final int MAX_CONTROL_PAYLOAD = 125;

    private final long maxPayload;
    private boolean insideMessage;
    private boolean broken;

    ServerFrameDecoder(long maxPayload) {
        this.maxPayload = maxPayload;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (broken) {
            in.skipBytes(in.readableBytes());
            return;
        }
        int start = in.readerIndex();
        if (in.readableBytes() < 2) {
            return;
        }
        int first = in.getUnsignedByte(start);
        int second = in.getUnsignedByte(start + 1);
        boolean fin = (first & 0x80) != 0;
        int opcode = first & 0x0F;
        int lengthBytes = switch (second & 0x7F) {
            case 126 -> 2;
            case 127 -> 8;
            default -> 0;
        };
        if (in.readableBytes() < 2 + lengthBytes) {
            return;
        }
        long length = switch (lengthBytes) {
            case 2 -> in.getUnsignedShort(start + 2);
            case 8 -> in.getLong(start + 2);
            default -> second & 0x7F;
        };
        check(ctx, in, first, second, fin, opcode, length);
        if (broken || in.readableBytes() < 2 + lengthBytes + length) {
            return; // the payload is not all here yet
        }
        in.skipBytes(2 + lengthBytes);
        ByteBuf payload = in.readRetainedSlice((int) length);
        out.add(switch (opcode) {
            case TEXT -> new TextWebSocketFrame(fin, 0, payload);
            case BINARY -> new BinaryWebSocketFrame(fin, 0, payload);
            case CONTINUATION -> new ContinuationWebSocketFrame(fin, 0, payload);
            case PING -> new PingWebSocketFrame(payload);
            case PONG -> new PongWebSocketFrame(payload);
            default -> new CloseWebSocketFrame(true, 0, payload);
        });
        if (opcode <= BINARY) {
            insideMessage = !fin;
        }
    }

    /** Refuses what RFC 6455 forbids a server to send, and frames past the limit. */
    private void check(ChannelHandlerContext ctx, ByteBuf in, int first, int second, boolean fin, int opcode,
                       long length) {
        String problem = null;
        WebSocketCloseStatus status = WebSocketCloseStatus.PROTOCOL_ERROR;
        if ((first & 0x70) != 0) {
            problem = "reserved bits set without an extension";
        } else if ((second & 0x80) != 0) {
            problem = "a masked frame from the server";
        } else if (opcode >= CLOSE) {
            if (opcode > PONG) {
                problem = "reserved control opcode " + opcode;
            } else if (!fin || length > MAX_CONTROL_PAYLOAD || (opcode == CLOSE && length == 1)) {
                problem = "a fragmented or oversized control frame";
            }
        } else if (opcode > BINARY) {
            problem = "reserved data opcode " + opcode;
        } else if (insideMessage != (opcode == CONTINUATION)) {
            problem = insideMessage ? "a new message before the last one ended" : "a continuation of no message";
        } else if (length < 0 || length > maxPayload) {
            problem = "a frame longer than " + maxPayload + " bytes";
            status = WebSocketCloseStatus.MESSAGE_TOO_BIG;
        }
        if (problem != null) {
            broken = true;
            in.skipBytes(in.readableBytes());
            ctx.writeAndFlush(new CloseWebSocketFrame(status, status.reasonText()))
                    .addListener(ChannelFutureListener.CLOSE);
            throw new CorruptedWebSocketFrameException(status, problem);
        }
    }
}
