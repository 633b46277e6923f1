package dev.twitchkit.mock;

import java.util.Map;

/**
 * What the mock's EventSub side delivered, as a snapshot ({@link MockTwitch#counters()}).
 *
 * @param sent notifications written to a socket (a resend counts again)
 * @param dropped notifications that found no live target: a dead socket, a client too slow to drain, or a
 *     conduit whose chosen shard and retry shard were both disabled
 * @param timesSentByMessageId how many times each {@code message_id} was sent, for the most recent ids (the
 *     builder's {@code messageIdHistory}, default 1,000,000)
 */
public record MockCounters(long sent, long dropped, Map<String, Integer> timesSentByMessageId) {
    public MockCounters {
        timesSentByMessageId = Map.copyOf(timesSentByMessageId);
    }

    /** How many times a message id was sent; 0 when never, or when it is older than the history. */
    public int timesSent(String messageId) {
        return timesSentByMessageId.getOrDefault(messageId, 0);
    }

    @Override
    public String toString() {
        return "MockCounters[sent=" + sent + ", dropped=" + dropped + ", messageIds="
                + timesSentByMessageId.size() + "]";
    }
}
