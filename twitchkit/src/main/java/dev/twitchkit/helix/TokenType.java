package dev.twitchkit.helix;

/** The kinds of credentials Twitch accepts on an endpoint, as its reference lists them. */
public enum TokenType {
    /** An app access token (client credentials). */
    APP,
    /** A user access token. */
    USER,
    /** A JWT signed with an extension's secret. */
    EXTENSION_JWT,
    /** No authorization at all (public resources such as an iCalendar feed). */
    NONE
}
