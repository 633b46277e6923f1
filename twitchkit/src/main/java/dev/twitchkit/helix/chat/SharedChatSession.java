package dev.twitchkit.helix.chat;

import java.time.Instant;
import java.util.List;

/**
 * A shared chat session: channels whose chats are joined.
 *
 * @param sessionId the session id
 * @param hostBroadcasterId the host channel
 * @param participants every channel in it, host included
 * @param createdAt when it started
 * @param updatedAt when it last changed
 */
public record SharedChatSession(String sessionId, String hostBroadcasterId, List<Participant> participants,
                                Instant createdAt, Instant updatedAt) {
    /**
     * A channel in the session.
     *
     * @param broadcasterId the channel
     */
    public record Participant(String broadcasterId) {
    }
}
