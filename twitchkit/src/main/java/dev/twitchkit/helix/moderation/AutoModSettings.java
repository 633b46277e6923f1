package dev.twitchkit.helix.moderation;

/**
 * A channel's AutoMod settings: a level from 0 (off) to 4 (most filtering) per category.
 *
 * @param broadcasterId the channel
 * @param moderatorId the moderator who asked
 * @param overallLevel the overall level; null when the categories were set one by one
 * @param disability discrimination against disability
 * @param aggression hostility involving aggression
 * @param sexualitySexOrGender discrimination based on sexuality, sex or gender
 * @param misogyny discrimination against women
 * @param bullying name calling and insults
 * @param swearing profanity
 * @param raceEthnicityOrReligion racial discrimination
 * @param sexBasedTerms sexual content
 */
public record AutoModSettings(
        String broadcasterId,
        String moderatorId,
        Integer overallLevel,
        int disability,
        int aggression,
        int sexualitySexOrGender,
        int misogyny,
        int bullying,
        int swearing,
        int raceEthnicityOrReligion,
        int sexBasedTerms) {
}
