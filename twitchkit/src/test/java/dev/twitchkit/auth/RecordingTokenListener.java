package dev.twitchkit.auth;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what a registry announces, as {@code "update <userId>"} and {@code "remove <userId>"}, in order. */
final class RecordingTokenListener implements TokenListener {
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void onTokenUpdate(String userId) {
        events.add("update " + userId);
    }

    @Override
    public void onTokenRemove(String userId) {
        events.add("remove " + userId);
    }

    /** What was heard so far; a live view. */
    List<String> events() {
        return events;
    }
}
