package dev.twitchkit.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Frames of a text message split anywhere, inside multi-byte characters too, decode to the message. */
class FragmentDecoderTest {
    private static final String TEXT = "a\u00e9\u20ac\ud83d\ude00b\u00fc\ud83d\ude00\u20ac";
    private static final byte[] BYTES = TEXT.getBytes(StandardCharsets.UTF_8);

    private static String decodeIn(int... cuts) {
        FragmentDecoder decoder = new FragmentDecoder();
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int to = i < cuts.length ? cuts[i] : BYTES.length;
            out.append(decoder.decode(ByteBuffer.wrap(Arrays.copyOfRange(BYTES, from, to)), i == cuts.length));
            from = to;
        }
        return out.toString();
    }

    @Test
    void twoFramesSplitAtEveryByteDecodeToTheMessage() {
        for (int cut = 0; cut <= BYTES.length; cut++) {
            assertThat(decodeIn(cut)).as("cut at %d", cut).isEqualTo(TEXT);
        }
    }

    @Test
    void oneByteFramesDecodeToTheMessage() {
        int[] cuts = new int[BYTES.length - 1];
        Arrays.setAll(cuts, i -> i + 1);
        assertThat(decodeIn(cuts)).isEqualTo(TEXT);
    }

    @Test
    void aCharacterLeftIncompleteAtTheEndBecomesAReplacement() {
        FragmentDecoder decoder = new FragmentDecoder();
        byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8);
        String first = decoder.decode(ByteBuffer.wrap(new byte[] {'x', euro[0]}), false).toString();
        String last = decoder.decode(ByteBuffer.wrap(new byte[] {euro[1]}), true).toString();
        assertThat(first + last).isEqualTo("x\ufffd");
    }
}
