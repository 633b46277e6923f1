package dev.twitchkit.eventsub;

/** Where one EventSub WebSocket session stands. */
public enum SessionState {
    /** No socket yet: nothing has been subscribed, so none is opened (Twitch would close it with 4003). */
    IDLE,
    /** A socket is opening or waiting for its welcome. */
    CONNECTING,
    /** Welcomed: the session id is known and notifications flow. */
    CONNECTED,
    /** Twitch asked to move: the new socket is opening while the old one keeps delivering. */
    HANDING_OVER,
    /** The connection was lost; waiting out the backoff before a new session. */
    BACKING_OFF,
    /** Closed by Twitch as unused (4003) with no subscription left; reopens when one is asked for. */
    WAITING_FOR_SUBSCRIPTION,
    /** Closed for good by the client. */
    CLOSED
}
