package dev.twitchkit.mock.internal.helix;

import dev.twitchkit.mock.MockChatMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Every chat message that reached a chat room, for tests to read in order or wait for. */
public final class ChatLog {
    private final List<MockChatMessage> all = new CopyOnWriteArrayList<>();
    private final BlockingQueue<MockChatMessage> untaken = new LinkedBlockingQueue<>();
    private final List<Consumer<MockChatMessage>> listeners = new CopyOnWriteArrayList<>();

    void record(MockChatMessage message) {
        all.add(message);
        untaken.add(message);
        listeners.forEach(l -> l.accept(message));
    }

    /** Runs after each message reaches chat (the mock echoes it as a {@code channel.chat.message} event). */
    public void onMessage(Consumer<MockChatMessage> listener) {
        listeners.add(listener);
    }

    /** Every message so far, oldest first. */
    public List<MockChatMessage> all() {
        return List.copyOf(all);
    }

    /** The oldest message not taken yet, waiting up to {@code timeout}; empty if none came. */
    public Optional<MockChatMessage> take(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(untaken.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
    }

    /** The sender's previous message in this channel, for Twitch's duplicate rule. */
    Optional<MockChatMessage> lastFrom(String senderId, String broadcasterId) {
        for (int i = all.size() - 1; i >= 0; i--) {
            MockChatMessage m = all.get(i);
            if (m.senderId().equals(senderId) && m.broadcasterId().equals(broadcasterId)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** True when the same text came from the same sender to the same channel less than 30 s before {@code now}. */
    boolean isDuplicate(String senderId, String broadcasterId, String text, Instant now) {
        return lastFrom(senderId, broadcasterId)
                .filter(m -> m.text().equals(text))
                .filter(m -> Duration.between(m.sentAt(), now).compareTo(Duration.ofSeconds(30)) < 0)
                .isPresent();
    }
}
