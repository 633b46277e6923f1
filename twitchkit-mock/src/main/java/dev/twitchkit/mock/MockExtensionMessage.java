package dev.twitchkit.mock;

import java.util.List;

/**
 * A chat or PubSub message the mock's extension sent ({@link MockTwitch#extensionChatMessages()},
 * {@link MockTwitch#extensionPubSubMessages()}).
 *
 * @param broadcasterId the channel; null for a global PubSub message
 * @param targets the PubSub targets ({@code broadcast}, {@code global}, {@code whisper-<id>}); empty for chat
 * @param text the message
 */
public record MockExtensionMessage(String broadcasterId, List<String> targets, String text) {
    public MockExtensionMessage {
        targets = List.copyOf(targets);
    }
}
