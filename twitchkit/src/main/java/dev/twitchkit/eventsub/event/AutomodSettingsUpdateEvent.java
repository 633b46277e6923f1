package dev.twitchkit.eventsub.event;

/**
 * The broadcaster's AutoMod settings changed.
 *
 * <p>EventSub type {@code automod.settings.update}, version {@code 1}.
 *
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param moderatorUserId the moderator's user id ({@code moderator_user_id})
 * @param moderatorUserLogin the moderator's login name ({@code moderator_user_login})
 * @param moderatorUserName the moderator's display name ({@code moderator_user_name})
 * @param bullying {@code bullying}
 * @param overallLevel {@code overall_level}; may be null: null when the broadcaster set levels per category
 * @param disability {@code disability}
 * @param raceEthnicityOrReligion {@code race_ethnicity_or_religion}
 * @param misogyny {@code misogyny}
 * @param sexualitySexOrGender {@code sexuality_sex_or_gender}
 * @param aggression {@code aggression}
 * @param sexBasedTerms {@code sex_based_terms}
 * @param swearing {@code swearing}
 */
public record AutomodSettingsUpdateEvent(
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String moderatorUserId,
        String moderatorUserLogin,
        String moderatorUserName,
        int bullying,
        Integer overallLevel,
        int disability,
        int raceEthnicityOrReligion,
        int misogyny,
        int sexualitySexOrGender,
        int aggression,
        int sexBasedTerms,
        int swearing) implements EventSubEvent {
}
