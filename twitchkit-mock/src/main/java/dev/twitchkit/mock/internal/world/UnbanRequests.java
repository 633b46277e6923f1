package dev.twitchkit.mock.internal.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The unban requests banned users sent, in the order they came, with their resolution. */
public final class UnbanRequests {
    /**
     * One request; {@code moderatorId}, {@code resolvedAt} and {@code resolutionText} are null while it is
     * {@code pending}.
     */
    public record Request(String id, String broadcasterId, String userId, String text, Instant createdAt,
                          String status, String moderatorId, Instant resolvedAt, String resolutionText) {
    }

    private final List<Request> requests = new ArrayList<>();

    /** Files a pending request. */
    public synchronized Request create(String broadcasterId, String userId, String text, Instant now) {
        Request request = new Request(UUID.randomUUID().toString(), broadcasterId, userId, text, now, "pending",
                null, null, null);
        requests.add(request);
        return request;
    }

    /** A request of the channel by id. */
    public synchronized Optional<Request> get(String broadcasterId, String id) {
        return requests.stream().filter(r -> r.id().equals(id) && r.broadcasterId().equals(broadcasterId))
                .findFirst();
    }

    /** Approves or denies a pending request; empty when the channel has no such pending request. */
    public synchronized Optional<Request> resolve(String broadcasterId, String id, String status,
                                                  String moderatorId, String text, Instant now) {
        Optional<Request> pending = get(broadcasterId, id).filter(r -> r.status().equals("pending"));
        return pending.map(r -> {
            Request resolved = new Request(r.id(), r.broadcasterId(), r.userId(), r.text(), r.createdAt(), status,
                    moderatorId, now, text);
            requests.set(requests.indexOf(r), resolved);
            return resolved;
        });
    }

    /** The channel's requests in {@code status}, optionally of one user, oldest first. */
    public synchronized List<Request> list(String broadcasterId, String status, String userId) {
        return requests.stream().filter(r -> r.broadcasterId().equals(broadcasterId) && r.status().equals(status)
                && (userId == null || r.userId().equals(userId))).toList();
    }
}
