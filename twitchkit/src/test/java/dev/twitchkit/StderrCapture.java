package dev.twitchkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what is written to {@code System.err} (where slf4j-simple writes each log line, looking the stream up
 * per line) from construction to {@link #close()}, still passing it through to the console.
 */
public final class StderrCapture implements AutoCloseable {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream original = System.err;

    public StderrCapture() {
        System.setErr(new PrintStream(new Tee(captured, original), true, StandardCharsets.UTF_8));
    }

    /** Everything written so far. */
    public String text() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    /** Puts the original stream back. */
    @Override
    public void close() {
        System.setErr(original);
    }

    /** Writes to both streams. */
    private static final class Tee extends OutputStream {
        private final ByteArrayOutputStream copy;
        private final OutputStream through;

        Tee(ByteArrayOutputStream copy, OutputStream through) {
            this.copy = copy;
            this.through = through;
        }

        @Override
        public void write(int b) throws IOException {
            synchronized (copy) {
                copy.write(b);
            }
            through.write(b);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            synchronized (copy) {
                copy.write(bytes, off, len);
            }
            through.write(bytes, off, len);
        }
    }
}
