package dev.twitchkit.helix.moderation;

/** What a moderator does with a message AutoMod held. */
public enum HeldMessageAction {
    /** Lets the message into chat. */
    ALLOW,
    /** Keeps it out. */
    DENY
}
