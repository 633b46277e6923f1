package dev.twitchkit.mock.internal.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Shared chat sessions: channels whose chats are joined into one. Twitch starts them from its own UI only, so the
 * mock's come from seeding ({@code MockTwitch.startSharedChat}).
 */
public final class SharedChats {
    /** A session: its host first among the participants. */
    public record Session(String sessionId, String hostBroadcasterId, List<String> participants, Instant createdAt,
                          Instant updatedAt) {
        public Session {
            participants = List.copyOf(participants);
        }
    }

    private final List<Session> sessions = new ArrayList<>();

    /** Starts a session of the host and the guests; a channel already in a session leaves it. */
    public synchronized Session start(String hostId, List<String> guestIds, Instant now) {
        List<String> participants = new ArrayList<>();
        participants.add(hostId);
        guestIds.stream().filter(g -> !participants.contains(g)).forEach(participants::add);
        sessions.removeIf(s -> s.participants().stream().anyMatch(participants::contains));
        Session session = new Session(UUID.randomUUID().toString(), hostId, participants, now, now);
        sessions.add(session);
        return session;
    }

    /** The session the channel takes part in, if any. */
    public synchronized Optional<Session> of(String broadcasterId) {
        return sessions.stream().filter(s -> s.participants().contains(broadcasterId)).findFirst();
    }
}
