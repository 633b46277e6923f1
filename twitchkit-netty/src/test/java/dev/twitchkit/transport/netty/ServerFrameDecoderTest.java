package dev.twitchkit.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Server frames read without copying: whole frames only, in order, control frames inside a fragmented message,
 * payloads as slices of what was read; what RFC 6455 forbids and frames past the limit close the connection.
 */
class ServerFrameDecoderTest {
    private final EmbeddedChannel channel = new EmbeddedChannel(new ServerFrameDecoder(200));

    private static ByteBuf frame(int firstByte, int maskAndLength, byte[] payload) {
        ByteBuf out = Unpooled.buffer();
        out.writeByte(firstByte);
        if (payload.length > 125) {
            out.writeByte(maskAndLength | 126).writeShort(payload.length);
        } else {
            out.writeByte(maskAndLength | payload.length);
        }
        return out.writeBytes(payload);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String textOf(WebSocketFrame frame) {
        try {
            return frame.content().toString(StandardCharsets.UTF_8);
        } finally {
            frame.release();
        }
    }

    @Test
    void aFrameSplitAcrossReadsComesOnceWholeAsASliceOfTheReadBytes() {
        ByteBuf bytes = frame(0x81, 0, utf8("x".repeat(150)));
        channel.writeInbound(bytes.readRetainedSlice(3));
        assertThat((Object) channel.readInbound()).isNull();

        channel.writeInbound(bytes);

        TextWebSocketFrame text = channel.readInbound();
        assertThat(text.isFinalFragment()).isTrue();
        assertThat(text.content().unwrap()).as("a slice, not a copy").isNotNull();
        assertThat(textOf(text)).isEqualTo("x".repeat(150));
    }

    @Test
    void aPingInsideAFragmentedMessageComesBetweenItsFrames() {
        ByteBuf all = Unpooled.buffer();
        all.writeBytes(frame(0x01, 0, utf8("ab")));
        all.writeBytes(frame(0x89, 0, utf8("p")));
        all.writeBytes(frame(0x80, 0, utf8("cd")));
        channel.writeInbound(all);

        WebSocketFrame first = channel.readInbound();
        assertThat(first).isInstanceOf(TextWebSocketFrame.class);
        assertThat(first.isFinalFragment()).isFalse();
        assertThat(textOf(first)).isEqualTo("ab");
        WebSocketFrame ping = channel.readInbound();
        assertThat(ping).isInstanceOf(io.netty.handler.codec.http.websocketx.PingWebSocketFrame.class);
        assertThat(textOf(ping)).isEqualTo("p");
        WebSocketFrame last = channel.readInbound();
        assertThat(last).isInstanceOf(ContinuationWebSocketFrame.class);
        assertThat(last.isFinalFragment()).isTrue();
        assertThat(textOf(last)).isEqualTo("cd");
    }

    @Test
    void aCloseFrameKeepsItsCodeAndReason() {
        ByteBuf body = Unpooled.buffer().writeShort(4003).writeBytes(utf8("unused"));
        byte[] payload = new byte[body.readableBytes()];
        body.readBytes(payload);
        channel.writeInbound(frame(0x88, 0, payload));

        CloseWebSocketFrame close = channel.readInbound();
        assertThat(close.statusCode()).isEqualTo(4003);
        assertThat(close.reasonText()).isEqualTo("unused");
        close.release();
    }

    @Test
    void aFramePastTheLimitIsRefusedWith1009BeforeItsPayloadArrives() {
        ByteBuf header = Unpooled.buffer().writeByte(0x81).writeByte(126).writeShort(201);

        assertThatThrownBy(() -> channel.writeInbound(header)).isInstanceOf(CorruptedWebSocketFrameException.class)
                .hasMessageContaining("longer than 200 bytes");
        CloseWebSocketFrame sent = channel.readOutbound();
        assertThat(sent.statusCode()).isEqualTo(1009);
        sent.release();
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void aMaskedFrameFromTheServerIsAProtocolError() {
        assertThatThrownBy(() -> channel.writeInbound(frame(0x81, 0x80, utf8("abcd")))).hasMessageContaining("masked");
        CloseWebSocketFrame sent = channel.readOutbound();
        assertThat(sent.statusCode()).isEqualTo(1002);
        sent.release();
    }

    @Test
    void aContinuationOfNoMessageAndAFragmentedPingAreProtocolErrors() {
        assertThatThrownBy(() -> channel.writeInbound(frame(0x80, 0, utf8("x"))))
                .hasMessageContaining("continuation of no message");
        EmbeddedChannel other = new EmbeddedChannel(new ServerFrameDecoder(200));
        assertThatThrownBy(() -> other.writeInbound(frame(0x09, 0, utf8("x"))))
                .hasMessageContaining("fragmented or oversized control frame");
    }
}
