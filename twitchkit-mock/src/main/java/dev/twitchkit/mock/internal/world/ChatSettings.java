package dev.twitchkit.mock.internal.world;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Each channel's chat settings (slow, follower, subscriber, emote-only, unique-chat modes and the chat delay). */
public final class ChatSettings {
    /**
     * One channel's settings; a duration is null while its mode is off, as Twitch reports it.
     *
     * @param followerModeDuration minutes a user must have followed, 0 to 129,600
     * @param nonModeratorChatDelayDuration seconds, 2, 4 or 6
     * @param slowModeWaitTime seconds between messages, 3 to 120
     */
    public record Values(boolean emoteMode, boolean followerMode, Integer followerModeDuration,
                         boolean nonModeratorChatDelay, Integer nonModeratorChatDelayDuration, boolean slowMode,
                         Integer slowModeWaitTime, boolean subscriberMode, boolean uniqueChatMode) {
        /** A new channel's settings: every mode off. */
        public static final Values DEFAULT = new Values(false, false, null, false, null, false, null, false, false);
    }

    private final Map<String, Values> byChannel = new ConcurrentHashMap<>();

    /** The channel's settings. */
    public Values of(String broadcasterId) {
        return byChannel.getOrDefault(broadcasterId, Values.DEFAULT);
    }

    /** Applies {@code change} atomically and returns the new settings. */
    public Values update(String broadcasterId, UnaryOperator<Values> change) {
        return byChannel.compute(broadcasterId, (id, old) -> change.apply(old == null ? Values.DEFAULT : old));
    }
}
