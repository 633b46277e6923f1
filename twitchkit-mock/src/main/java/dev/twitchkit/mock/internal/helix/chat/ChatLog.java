package dev.twitchkit.mock.internal.helix.chat;

import dev.twitchkit.mock.MockChatMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Every chat message that reached a chat room, for tests to read in order or wait for. Lookups by id and by
 * sender and channel are constant time, so a bot benchmark sending many messages does not slow the mock down.
 */
public final class ChatLog {
    /** Twitch drops a message identical to the sender's previous one in the channel within this window. */
    static final Duration DUPLICATE_WINDOW = Duration.ofSeconds(30);

    private final List<MockChatMessage> all = new ArrayList<>();
    private final Map<String, MockChatMessage> byId = new ConcurrentHashMap<>();
    private final Map<String, MockChatMessage> lastBySenderInChannel = new ConcurrentHashMap<>();
    private final BlockingQueue<MockChatMessage> untaken = new LinkedBlockingQueue<>();
    private final List<Consumer<MockChatMessage>> listeners = new CopyOnWriteArrayList<>();

    /**
     * Records a message unless it duplicates the sender's previous one in that channel within 30 s (checked and
     * recorded atomically, so two identical concurrent sends cannot both pass), then tells the listeners.
     *
     * @return false when the message was a duplicate and was not recorded
     */
    boolean recordUnlessDuplicate(MockChatMessage message) {
        synchronized (all) {
            if (isDuplicate(message)) {
                return false;
            }
            all.add(message);
            byId.put(message.messageId(), message);
            lastBySenderInChannel.put(key(message.senderId(), message.broadcasterId()), message);
        }
        untaken.add(message);
        listeners.forEach(l -> l.accept(message));
        return true;
    }

    /** Runs after each message reaches chat (the mock echoes it as a {@code channel.chat.message} event). */
    public void onMessage(Consumer<MockChatMessage> listener) {
        listeners.add(listener);
    }

    /** Every message so far, oldest first. */
    public List<MockChatMessage> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    /** A message by the id the mock answered with. */
    public Optional<MockChatMessage> byId(String messageId) {
        return Optional.ofNullable(messageId == null ? null : byId.get(messageId));
    }

    /** The oldest message not taken yet, waiting up to {@code timeout}; empty if none came. */
    public Optional<MockChatMessage> take(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(untaken.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
    }

    private boolean isDuplicate(MockChatMessage message) {
        MockChatMessage last = lastBySenderInChannel.get(key(message.senderId(), message.broadcasterId()));
        return last != null && last.text().equals(message.text())
                && Duration.between(last.sentAt(), message.sentAt()).compareTo(DUPLICATE_WINDOW) < 0;
    }

    private static String key(String senderId, String broadcasterId) {
        return senderId + "/" + broadcasterId;
    }
}
