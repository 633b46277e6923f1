package dev.twitchkit.eventsub;

/**
 * What a client's EventSub engine did so far, summed over its connections.
 *
 * @param delivered notifications passed to dispatch (unique and fresh)
 * @param duplicatesDropped notifications dropped because their message id was already seen
 * @param staleDropped notifications dropped because they were older than 10 minutes
 * @param dispatched notifications handed to handlers
 * @param overflowDropped notifications dropped by the {@link OverflowPolicy} because handlers fell behind
 * @param handlerErrors exceptions thrown by handlers
 * @param handovers {@code session_reconnect} handovers completed
 * @param sessionsLost sessions lost and replaced by new ones
 * @param keepaliveTimeouts losses found by silence: the keepalive watchdog, or a liveness ping left unanswered
 * @param malformedFrames frames that were not usable EventSub messages
 * @param unknownMessageTypes frames of a message type this client does not know
 * @param unknownFields members skipped because this client does not know them (envelope, or an event's model
 *                      lacks them: Twitch added a field)
 */
public record EventSubStats(long delivered, long duplicatesDropped, long staleDropped, long dispatched,
                            long overflowDropped, long handlerErrors, long handovers, long sessionsLost,
                            long keepaliveTimeouts, long malformedFrames, long unknownMessageTypes,
                            long unknownFields) {
}
