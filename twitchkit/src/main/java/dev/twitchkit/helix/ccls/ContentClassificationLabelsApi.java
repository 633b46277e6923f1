package dev.twitchkit.helix.ccls;

import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.internal.Checks;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Content classification labels: the labels Twitch defines, named and described in a locale. */
public final class ContentClassificationLabelsApi {
    /**
     * The locales Twitch's reference lists. It writes {@code pt-BT}, most likely meaning {@code pt-BR}: both are
     * accepted.
     */
    public static final Set<String> LOCALES = Set.of("bg-BG", "cs-CZ", "da-DK", "de-DE", "el-GR", "en-GB", "en-US",
            "es-ES", "es-MX", "fi-FI", "fr-FR", "hu-HU", "it-IT", "ja-JP", "ko-KR", "nl-NL", "no-NO", "pl-PL", "pt-BT",
            "pt-BR", "pt-PT", "ro-RO", "ru-RU", "sk-SK", "sv-SE", "th-TH", "tr-TR", "vi-VN", "zh-CN", "zh-TW");
    private static final String CATEGORY = "CCLs";

    static final ListEndpoint<ContentClassificationLabel> GET_LABELS =
            Endpoint.declare(CATEGORY, "Get Content Classification Labels", "getContentClassificationLabels")
                    .route("GET", "/content_classification_labels").data(ContentClassificationLabel.class);

    private final HelixApi api;

    /** The content classification label endpoint on {@code api}'s token. */
    public ContentClassificationLabelsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /** Every label, in Twitch's default locale ({@code en-US}). */
    public CompletableFuture<List<ContentClassificationLabel>> getContentClassificationLabels() {
        return GET_LABELS.data(api, null, null);
    }

    /**
     * Every label, named and described in {@code locale}.
     *
     * @param locale one of {@link #LOCALES}, e.g. {@code de-DE}
     */
    public CompletableFuture<List<ContentClassificationLabel>> getContentClassificationLabels(String locale) {
        Checks.notBlank(locale, "locale");
        if (!LOCALES.contains(locale)) {
            throw new IllegalArgumentException("locale must be one of Twitch's locales " + LOCALES.stream().sorted()
                    .toList() + ", got " + locale);
        }
        return GET_LABELS.data(api, HelixQuery.create().add("locale", locale), null);
    }
}
