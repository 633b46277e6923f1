package dev.twitchkit.internal;

import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/** Helpers for the library's {@link java.util.concurrent.CompletableFuture} chains. */
public final class Futures {
    private Futures() {
    }

    /**
     * {@code executor} for a chain's next step, or the completing thread once {@code executor} refuses work (its
     * owner shut it down): a step that must run — a socket learning of its connection, reading starting — still
     * runs.
     */
    public static Executor orInlineOnceRefused(Executor executor) {
        return task -> {
            try {
                executor.execute(task);
            } catch (RejectedExecutionException shutDown) {
                task.run();
            }
        };
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
