package dev.twitchkit.internal;

import java.util.concurrent.CompletionException;

/** Helpers for the library's {@link java.util.concurrent.CompletableFuture} chains. */
public final class Futures {
    private Futures() {
    }

    /** The failure itself, without the {@link CompletionException} layers a future chain wraps it in. */
    public static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
