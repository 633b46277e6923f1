/**
 * Stage 3: the session state machine (handover, keepalive watchdog, close-code policy, backoff, dedupe, stale
 * drop). Reads sockets and decodes; emits into {@link dev.twitchkit.eventsub.internal.session.SessionListener}.
 */
package dev.twitchkit.eventsub.internal.session;
