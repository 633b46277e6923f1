package dev.twitchkit.conduit;

import dev.twitchkit.eventsub.SessionState;

/**
 * One conduit shard a client runs: its own WebSocket session, kept associated with the shard through handovers
 * (no call needed: the session id stays), losses (the new session is associated within Twitch's 10 s) and
 * {@code conduit.shard.disabled}.
 */
public interface Shard {

    /** The shard id within the conduit. */
    int id();

    /** The conduit the shard belongs to. */
    String conduitId();

    /** The welcomed session now, or null while none is. */
    String sessionId();

    /** The state of the shard's session. */
    SessionState state();

    /** Whether Twitch delivers this shard's notifications to the current session (as far as the client knows). */
    boolean isAssociated();

    /** Whether the shard is still run by the client (false once closed or lost to another process). */
    boolean isRunning();

    /** Notifications this shard's sessions passed to the handlers (after dropping duplicates and stale ones). */
    long delivered();

    /** How many times the shard was associated with a new session (the first time included). */
    long associations();
}
