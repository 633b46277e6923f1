package dev.twitchkit.mock.internal.world;

import java.util.List;
import java.util.Set;

/**
 * The content classification labels Twitch lists, and the locales it names them in. The mock has the English
 * names and descriptions only: every supported locale gets them.
 */
public final class ContentClassificationLabels {
    /** A label. */
    public record Label(String id, String description, String name) {
    }

    /** The locales of Twitch's reference ({@code pt-BT} as written there, and {@code pt-BR}, which it means). */
    public static final Set<String> LOCALES = Set.of("bg-BG", "cs-CZ", "da-DK", "de-DE", "el-GR", "en-GB", "en-US",
            "es-ES", "es-MX", "fi-FI", "fr-FR", "hu-HU", "it-IT", "ja-JP", "ko-KR", "nl-NL", "no-NO", "pl-PL", "pt-BT",
            "pt-BR", "pt-PT", "ro-RO", "ru-RU", "sk-SK", "sv-SE", "th-TH", "tr-TR", "vi-VN", "zh-CN", "zh-TW");

    private static final List<Label> LABELS = List.of(
            new Label("DebatedSocialIssuesAndPolitics", "Discussions or debates about politics or sensitive social "
                    + "issues such as elections, civic integrity, military conflict, and civil rights in a polarizing "
                    + "manner.", "Politics and Sensitive Social Issues"),
            new Label("DrugsIntoxication", "Excessive tobacco glorification or promotion, any marijuana "
                    + "consumption/use, legal drug and alcohol induced intoxication, discussions of illegal drugs.",
                    "Drugs, Intoxication, or Excessive Tobacco Use"),
            new Label("Gambling", "Participating in online or in-person gambling, poker or fantasy sports, that "
                    + "involve the exchange of real money.", "Gambling"),
            new Label("MatureGame", "Games that are rated Mature or less suitable for a younger audience.",
                    "Mature-rated game"),
            new Label("ProfanityVulgarity", "Prolonged, and repeated use of obscenities, profanities, and "
                    + "vulgarities, especially as a regular part of speech.", "Significant Profanity or Vulgarity"),
            new Label("SexualThemes", "Content that focuses on sexualized physical attributes and activities, "
                    + "sexual topics, or experiences.", "Sexual Themes"),
            new Label("ViolentGraphic", "Simulations and/or depictions of realistic violence, gore, extreme injury, "
                    + "or death.", "Violent and Graphic Depictions"));

    /** Every label, in Twitch's order. */
    public List<Label> all() {
        return LABELS;
    }
}
