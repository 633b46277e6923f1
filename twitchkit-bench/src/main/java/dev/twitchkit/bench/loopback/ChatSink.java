package dev.twitchkit.bench.loopback;

/** Where a client's chat-message handler puts what it got: the message text, nothing else. */
@FunctionalInterface
public interface ChatSink {
    void chat(String text);
}
