package dev.twitchkit.mock.internal.world;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The emotes and chat badges the mock serves: a small fixed catalog. Global ones are Twitch's own (Kappa, LUL,
 * moderator and VIP badges); every channel has a subscriber and a follower emote named after its login and
 * subscriber and Bits badges. Channel emote set ids are {@code <broadcaster id>-sub} and {@code <broadcaster id>-follow}.
 */
public final class ChatCatalog {
    /** The template of emote image addresses, as Twitch sends it beside emotes. */
    public static final String EMOTE_TEMPLATE =
            "https://static-cdn.jtvnw.net/emoticons/v2/{{id}}/{{format}}/{{theme_mode}}/{{scale}}";
    /** The emote set of Twitch's global emotes. */
    public static final String GLOBAL_SET = "0";

    /** An emote; {@code tier} is empty unless it is a subscriber emote. */
    public record Emote(String id, String name, String emoteType, String emoteSetId, String ownerId, String tier,
                        List<String> format, List<String> scale, List<String> themeMode) {
    }

    /** One version of a badge. */
    public record BadgeVersion(String id, String title, String description, String clickAction, String clickUrl) {
    }

    /** A set of badges (e.g. {@code subscriber}) and its versions. */
    public record BadgeSet(String setId, List<BadgeVersion> versions) {
    }

    private static final List<String> STATIC = List.of("static");
    private static final List<String> SCALES = List.of("1.0", "2.0", "3.0");
    private static final List<String> THEMES = List.of("light", "dark");
    private static final List<Emote> GLOBAL_EMOTES = List.of(
            new Emote("25", "Kappa", "globals", GLOBAL_SET, "0", "", List.of("static", "animated"), SCALES, THEMES),
            new Emote("425618", "LUL", "globals", GLOBAL_SET, "0", "", STATIC, SCALES, THEMES));
    private static final List<BadgeSet> GLOBAL_BADGES = List.of(
            new BadgeSet("moderator", List.of(new BadgeVersion("1", "Moderator", "Moderator", null, null))),
            new BadgeSet("vip", List.of(new BadgeVersion("1", "VIP", "VIP", null, null))));

    private ChatCatalog() {
    }

    /** Twitch's global emotes. */
    public static List<Emote> globalEmotes() {
        return GLOBAL_EMOTES;
    }

    /** The channel's custom emotes: one subscriber (tier 1000) and one follower emote. */
    public static List<Emote> channelEmotes(String broadcasterId, String login) {
        return List.of(
                new Emote("emotesv2_" + broadcasterId + "_hype", login + "Hype", "subscriptions",
                        broadcasterId + "-sub", broadcasterId, "1000", STATIC, SCALES, THEMES),
                new Emote("emotesv2_" + broadcasterId + "_wave", login + "Wave", "follower",
                        broadcasterId + "-follow", broadcasterId, "", STATIC, SCALES, THEMES));
    }

    /** The broadcaster whose channel emote set this is, when it is one. */
    public static Optional<String> ownerOfSet(String emoteSetId) {
        return Stream.of("-sub", "-follow").filter(emoteSetId::endsWith)
                .map(suffix -> emoteSetId.substring(0, emoteSetId.length() - suffix.length()))
                .filter(owner -> !owner.isEmpty()).findFirst();
    }

    /** Twitch's global badges. */
    public static List<BadgeSet> globalBadges() {
        return GLOBAL_BADGES;
    }

    /** The channel's custom badges: subscriber (new and 3 months) and Bits (1 and 100). */
    public static List<BadgeSet> channelBadges() {
        return List.of(
                new BadgeSet("subscriber", List.of(
                        new BadgeVersion("0", "Subscriber", "Subscriber", "subscribe_to_channel", null),
                        new BadgeVersion("3", "3-Month Subscriber", "3-Month Subscriber", "subscribe_to_channel",
                                null))),
                new BadgeSet("bits", List.of(
                        new BadgeVersion("1", "cheer 1", "cheer 1", "visit_url",
                                "https://bits.twitch.tv"),
                        new BadgeVersion("100", "cheer 100", "cheer 100", "visit_url", "https://bits.twitch.tv"))));
    }
}
