package dev.twitchkit.eventsub.internal.dispatch;

/** Where handler exceptions go (the client's overridable {@code onError}). */
@FunctionalInterface
public interface ErrorSink {
    void onError(Throwable error, String context);
}
