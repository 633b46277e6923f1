package dev.twitchkit.bench;

import java.util.Locale;

/**
 * The EventSub frames the decode benchmarks feed to every parser, byte for byte the same: a keepalive, a follow
 * and a chat message with many fragments, emotes, badges and a reply, in Twitch's envelope.
 */
public final class Frames {
    /** A representative session id (the shape Twitch sends). */
    public static final String SESSION_ID = "AQoQexAWVYKSTIu4ec_2VAxyuhAB";

    private Frames() {
    }

    /** The frame of a name: {@code keepalive}, {@code follow} or {@code chat}. */
    public static String named(String name) {
        return switch (name) {
            case "keepalive" -> keepalive("84c1e79a-2a4b-4c13-ba0b-4312293e9308");
            case "follow" -> follow("befa7b53-d79d-478f-86b9-120f112b044e");
            case "chat" -> chat("c5f3d4b1-7e0a-4a4e-9d36-12f2d0b1c0de", 24);
            default -> throw new IllegalArgumentException("unknown frame " + name + " (keepalive, follow, chat)");
        };
    }

    public static String keepalive(String messageId) {
        return "{\"metadata\":{\"message_id\":\"" + messageId + "\",\"message_type\":\"session_keepalive\","
                + "\"message_timestamp\":\"2026-11-28T17:00:00.512345678Z\"},\"payload\":{}}";
    }

    public static String follow(String messageId) {
        String event = "{\"user_id\":\"1234\",\"user_login\":\"cool_user\",\"user_name\":\"Cool_User\","
                + "\"broadcaster_user_id\":\"1337\",\"broadcaster_user_login\":\"cooler_user\","
                + "\"broadcaster_user_name\":\"Cooler_User\",\"followed_at\":\"2026-11-28T16:59:59.123456789Z\"}";
        return notification(messageId, "channel.follow", "2",
                "{\"broadcaster_user_id\":\"1337\",\"moderator_user_id\":\"1337\"}", event);
    }

    /**
     * A chat message of {@code fragmentPairs} text + emote pairs, plus a mention and a cheermote, two badges, a
     * reply and a cheer: the heaviest common EventSub payload.
     */
    public static String chat(String messageId, int fragmentPairs) {
        StringBuilder text = new StringBuilder();
        StringBuilder fragments = new StringBuilder();
        for (int i = 0; i < fragmentPairs; i++) {
            String words = "word" + i + " and more ";
            String emote = i % 2 == 0 ? "Kappa" : "PogChamp";
            text.append(words).append(emote).append(' ');
            fragments.append(fragment("text", words, null, null, null)).append(',')
                    .append(fragment("emote", emote, null,
                            String.format(Locale.ROOT, "{\"id\":\"%d\",\"emote_set_id\":\"0\",\"owner_id\":\"0\","
                                    + "\"format\":[\"static\",\"animated\"]}", 25 + i), null)).append(',');
        }
        text.append("Cheer100 @Tidy_Mod");
        fragments.append(fragment("cheermote", "Cheer100",
                        "{\"prefix\":\"cheer\",\"bits\":100,\"tier\":100}", null, null)).append(',')
                .append(fragment("mention", "@Tidy_Mod", null, null,
                        "{\"user_id\":\"1789\",\"user_name\":\"Tidy_Mod\",\"user_login\":\"tidy_mod\"}"));
        String event = "{\"broadcaster_user_id\":\"1337\",\"broadcaster_user_login\":\"cool_streamer\","
                + "\"broadcaster_user_name\":\"Cool_Streamer\",\"chatter_user_id\":\"8675\","
                + "\"chatter_user_login\":\"curious_viewer\",\"chatter_user_name\":\"Curious_Viewer\","
                + "\"message_id\":\"cc106a89-1814-919d-454c-f4f2f970aae7\",\"message\":{\"text\":\"" + text
                + "\",\"fragments\":[" + fragments + "]},\"message_type\":\"text\","
                + "\"badges\":[{\"set_id\":\"moderator\",\"id\":\"1\",\"info\":\"\"},"
                + "{\"set_id\":\"subscriber\",\"id\":\"12\",\"info\":\"16\"}],"
                + "\"cheer\":{\"bits\":100},\"color\":\"#00FF7F\","
                + "\"reply\":{\"parent_message_id\":\"b1a8d2f3-5f3e-4c1e-9e9f-0c7d2b1e4a11\","
                + "\"parent_message_body\":\"who is around?\",\"parent_user_id\":\"1789\","
                + "\"parent_user_name\":\"Tidy_Mod\",\"parent_user_login\":\"tidy_mod\","
                + "\"thread_message_id\":\"a7f3c1d2-9e8b-4f6a-8c3d-2b1e0f9d8c77\",\"thread_user_id\":\"1337\","
                + "\"thread_user_name\":\"Cool_Streamer\",\"thread_user_login\":\"cool_streamer\"},"
                + "\"channel_points_custom_reward_id\":null,\"channel_points_animation_id\":null,"
                + "\"source_broadcaster_user_id\":null,\"source_broadcaster_user_login\":null,"
                + "\"source_broadcaster_user_name\":null,\"source_message_id\":null,\"source_badges\":null,"
                + "\"is_source_only\":null}";
        return notification(messageId, "channel.chat.message", "1",
                "{\"broadcaster_user_id\":\"1337\",\"user_id\":\"9001\"}", event);
    }

    private static String fragment(String type, String text, String cheermote, String emote, String mention) {
        return "{\"type\":\"" + type + "\",\"text\":\"" + text + "\",\"cheermote\":" + cheermote + ",\"emote\":"
                + emote + ",\"mention\":" + mention + "}";
    }

    private static String notification(String messageId, String type, String version, String condition,
                                       String event) {
        return "{\"metadata\":{\"message_id\":\"" + messageId + "\",\"message_type\":\"notification\","
                + "\"message_timestamp\":\"2026-11-28T17:00:00.512345678Z\",\"subscription_type\":\"" + type
                + "\",\"subscription_version\":\"" + version + "\"},\"payload\":{\"subscription\":{"
                + "\"id\":\"f1c2a387-161a-49f9-a165-0f21d7a4e1c4\",\"status\":\"enabled\",\"type\":\"" + type
                + "\",\"version\":\"" + version + "\",\"cost\":0,\"condition\":" + condition
                + ",\"transport\":{\"method\":\"websocket\",\"session_id\":\"" + SESSION_ID + "\"},"
                + "\"created_at\":\"2026-11-28T16:00:00.000000000Z\"},\"event\":" + event + "}}";
    }
}
