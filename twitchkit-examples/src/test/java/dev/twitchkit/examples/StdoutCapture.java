package dev.twitchkit.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures what the examples print on {@code System.out} until closed (the tests run one at a time). */
final class StdoutCapture implements AutoCloseable {
    private final PrintStream original = System.out;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    StdoutCapture() {
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    /** Everything printed so far. */
    String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setOut(original);
    }
}
