package dev.twitchkit.mock.internal.helix;

import dev.twitchkit.mock.MockHelixRequest;
import java.util.ArrayList;
import java.util.List;

/** Every authenticated Helix request, in arrival order, for tests to check what a client sent. */
public final class HelixRequestLog {
    /** Enough for any test; a long-running mock forgets the oldest. */
    static final int CAPACITY = 10_000;
    private final List<MockHelixRequest> requests = new ArrayList<>();

    synchronized void record(MockHelixRequest request) {
        if (requests.size() == CAPACITY) {
            requests.remove(0);
        }
        requests.add(request);
    }

    /** The requests so far, oldest first. */
    public synchronized List<MockHelixRequest> all() {
        return List.copyOf(requests);
    }

    /** Forgets every request. */
    public synchronized void clear() {
        requests.clear();
    }
}
