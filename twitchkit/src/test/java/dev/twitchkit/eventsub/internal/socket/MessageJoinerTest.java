package dev.twitchkit.eventsub.internal.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A message's pieces, as UTF-8 bytes split anywhere or as characters, join to its UTF-8 bytes; the cap counts
 * characters whatever the form; a transport that mixes forms in one message is refused.
 */
class MessageJoinerTest {
    private static final String TEXT = "a\u00e9\u20ac\ud83d\ude00b\u00fc\ud83d\ude00\u20ac";
    private static final byte[] BYTES = TEXT.getBytes(StandardCharsets.UTF_8);

    /** The joined message of {@link #BYTES} cut at {@code cuts}, or null if it did not complete. */
    private static byte[] joinBytes(MessageJoiner joiner, byte[] message, int... cuts) throws ProtocolException {
        byte[] out = null;
        int from = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int to = i < cuts.length ? cuts[i] : message.length;
            boolean last = i == cuts.length;
            byte[] joined = joiner.add(ByteBuffer.wrap(Arrays.copyOfRange(message, from, to)), last);
            assertThat(joined == null).as("whole only after the last piece").isEqualTo(!last);
            out = joined;
            from = to;
        }
        return out;
    }

    @Test
    void bytesSplitAnywhereJoinToTheMessage() throws Exception {
        MessageJoiner joiner = new MessageJoiner(1000);
        for (int cut = 0; cut <= BYTES.length; cut++) {
            assertThat(joinBytes(joiner, BYTES, cut)).as("cut at %d", cut).isEqualTo(BYTES);
        }
        int[] everyByte = new int[BYTES.length - 1];
        Arrays.setAll(everyByte, i -> i + 1);
        assertThat(joinBytes(joiner, BYTES, everyByte)).isEqualTo(BYTES);
        assertThat(joinBytes(joiner, BYTES)).isEqualTo(BYTES); // one piece
    }

    @Test
    void aMessageInOnePieceIsCopiedOutOfTheTransportsBuffer() throws Exception {
        ByteBuffer reused = ByteBuffer.wrap(BYTES.clone());
        byte[] joined = new MessageJoiner(1000).add(reused, true);
        Arrays.fill(reused.array(), (byte) 'x'); // the transport reuses its buffer after the call
        assertThat(joined).isEqualTo(BYTES);
    }

    @Test
    void charactersJoinToTheUtf8OfTheMessageEvenWithAPairSplitBetweenPieces() throws Exception {
        MessageJoiner joiner = new MessageJoiner(1000);
        for (int cut = 0; cut <= TEXT.length(); cut++) {
            assertThat(joiner.add(CharBuffer.wrap(TEXT.substring(0, cut)), false)).isNull();
            assertThat(joiner.add(TEXT.substring(cut), true)).as("cut at %d", cut).isEqualTo(BYTES);
        }
    }

    @Test
    void theCapCountsCharactersNotBytes() throws Exception {
        // 4 characters in 8 bytes; a character outside the BMP counts 2, as String.length() does.
        for (String fits : new String[] {"\u00e9\u00e9\u00e9\u00e9", "\ud83d\ude00\ud83d\ude00", "\u20ac\u20ac\u20acz"}) {
            byte[] utf8 = fits.getBytes(StandardCharsets.UTF_8);
            assertThat(joinBytes(new MessageJoiner(4), utf8)).as(fits).isEqualTo(utf8);
            assertThat(joinBytes(new MessageJoiner(4), utf8, 1, 3, 5)).as(fits).isEqualTo(utf8);
            assertThat(new MessageJoiner(4).add(fits, true)).isEqualTo(utf8);
        }
        for (String tooLong : new String[] {"\u00e9\u00e9\u00e9\u00e9\u00e9", "\ud83d\ude00\ud83d\ude00a", "abcde"}) {
            byte[] utf8 = tooLong.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> joinBytes(new MessageJoiner(4), utf8, 2)).isInstanceOf(ProtocolException.class)
                    .hasMessage("a message longer than 4 characters (5 characters received so far)");
            assertThatThrownBy(() -> new MessageJoiner(4).add(tooLong, true))
                    .isInstanceOf(ProtocolException.class).hasMessageContaining("longer than 4 characters");
        }
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedPastThreeBytesACharacterOfTheCap() throws Exception {
        MessageJoiner joiner = new MessageJoiner(4);
        byte[] continuations = new byte[12];
        Arrays.fill(continuations, (byte) 0x80); // count as no characters
        assertThat(joiner.add(ByteBuffer.wrap(continuations), false)).isNull();
        assertThatThrownBy(() -> joiner.add(ByteBuffer.wrap(new byte[] {(byte) 0x80}), false))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("a message longer than 4 characters (13 bytes of UTF-8 received so far)");
    }

    @Test
    void aRefusedMessageLeavesNothingBehind() throws Exception {
        MessageJoiner joiner = new MessageJoiner(8);
        joiner.add(ByteBuffer.wrap("12345".getBytes(StandardCharsets.UTF_8)), false);
        assertThatThrownBy(() -> joiner.add(ByteBuffer.wrap("6789".getBytes(StandardCharsets.UTF_8)), false))
                .isInstanceOf(ProtocolException.class);
        assertThat(joinBytes(joiner, "{}".getBytes(StandardCharsets.UTF_8))).asString().isEqualTo("{}");
    }

    @Test
    void aMessageThatMixesBytesAndCharactersIsRefusedAndTheNextOneJoins() throws Exception {
        MessageJoiner joiner = new MessageJoiner(100);
        joiner.add(ByteBuffer.wrap(new byte[] {'{'}), false);
        assertThatThrownBy(() -> joiner.add("}", true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("partly as UTF-8 bytes and partly as characters");
        joiner.add("{", false);
        assertThatThrownBy(() -> joiner.add(ByteBuffer.wrap(new byte[] {'}'}), true))
                .isInstanceOf(IllegalStateException.class);
        assertThat(joiner.add("{}", true)).asString().isEqualTo("{}");
    }

    @Test
    void theBufferGoesBackToItsSmallSizeAfterALargeMessageAndIsKeptAfterASmallOne() throws Exception {
        MessageJoiner joiner = new MessageJoiner(1 << 20);
        byte[] large = new byte[100_000];
        Arrays.fill(large, (byte) 'z');
        assertThat(joinBytes(joiner, large, 50_000)).isEqualTo(large);
        assertThat(joiner.capacity()).isLessThanOrEqualTo(MessageJoiner.RETAINED_CAPACITY);
        joinBytes(joiner, BYTES, 3);
        int kept = joiner.capacity();
        assertThat(kept).isPositive();
        joinBytes(joiner, BYTES, 5);
        assertThat(joiner.capacity()).isEqualTo(kept);
    }
}
