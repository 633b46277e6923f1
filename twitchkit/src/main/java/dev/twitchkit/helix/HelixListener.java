package dev.twitchkit.helix;

import java.time.Duration;

/**
 * Hears of every finished Helix call, for metrics (calls and latency by endpoint and status) without the library
 * depending on a metrics library. Added with {@link Helix#addListener}. Called once per call, after its retries,
 * on the thread that completed it; keep it short and never block. An exception it throws is logged and ignored.
 */
@FunctionalInterface
public interface HelixListener {
    /**
     * A call finished.
     *
     * @param route the endpoint's declared route, e.g. {@code GET /users} (its path template, never its query)
     * @param status the HTTP status of the last answer; 0 when no answer came (a connection failure or timeout, or
     *               a call refused before sending: a missing scope, a rate-limit wait longer than allowed)
     * @param duration from the call's start to its end, waits and retries included
     */
    void onCall(String route, int status, Duration duration);
}
