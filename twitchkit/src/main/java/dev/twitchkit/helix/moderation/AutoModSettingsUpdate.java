package dev.twitchkit.helix.moderation;

import dev.twitchkit.helix.Bodies;
import dev.twitchkit.internal.Checks;
import java.util.Map;

/**
 * New AutoMod settings: either one overall level ({@link #overall}) or levels per category ({@link #levels()}),
 * never both, as Twitch requires. Twitch overwrites every setting: categories left out of {@link #levels()} go to 0.
 * Levels run from 0 (off) to 4 (most filtering).
 */
public final class AutoModSettingsUpdate {
    /** The highest AutoMod level. */
    public static final int MAX_LEVEL = 4;
    private final Map<String, Object> body;

    private AutoModSettingsUpdate(Map<String, Object> body) {
        this.body = body;
    }

    /** Every category at the levels Twitch derives from one overall level. */
    public static AutoModSettingsUpdate overall(int level) {
        return new AutoModSettingsUpdate(Bodies.of("overall_level", level(level, "overallLevel")));
    }

    /** Starts settings per category; each one not set goes to 0. */
    public static Builder levels() {
        return new Builder();
    }

    Map<String, Object> body() {
        return body;
    }

    private static Integer level(int level, String name) {
        return Checks.inRange(level, 0, MAX_LEVEL, name);
    }

    /** Levels per category; {@link #build()} needs at least one. */
    public static final class Builder {
        private Integer disability;
        private Integer aggression;
        private Integer sexualitySexOrGender;
        private Integer misogyny;
        private Integer bullying;
        private Integer swearing;
        private Integer raceEthnicityOrReligion;
        private Integer sexBasedTerms;

        private Builder() {
        }

        /** Discrimination against disability. */
        public Builder disability(int level) {
            disability = level(level, "disability");
            return this;
        }

        /** Hostility involving aggression. */
        public Builder aggression(int level) {
            aggression = level(level, "aggression");
            return this;
        }

        /** Discrimination based on sexuality, sex or gender. */
        public Builder sexualitySexOrGender(int level) {
            sexualitySexOrGender = level(level, "sexualitySexOrGender");
            return this;
        }

        /** Discrimination against women. */
        public Builder misogyny(int level) {
            misogyny = level(level, "misogyny");
            return this;
        }

        /** Name calling and insults. */
        public Builder bullying(int level) {
            bullying = level(level, "bullying");
            return this;
        }

        /** Profanity. */
        public Builder swearing(int level) {
            swearing = level(level, "swearing");
            return this;
        }

        /** Racial discrimination. */
        public Builder raceEthnicityOrReligion(int level) {
            raceEthnicityOrReligion = level(level, "raceEthnicityOrReligion");
            return this;
        }

        /** Sexual content. */
        public Builder sexBasedTerms(int level) {
            sexBasedTerms = level(level, "sexBasedTerms");
            return this;
        }

        /** The settings; an {@link IllegalStateException} when no category was set. */
        public AutoModSettingsUpdate build() {
            Map<String, Object> body = Bodies.of("disability", disability, "aggression", aggression,
                    "sexuality_sex_or_gender", sexualitySexOrGender, "misogyny", misogyny, "bullying", bullying,
                    "swearing", swearing, "race_ethnicity_or_religion", raceEthnicityOrReligion,
                    "sex_based_terms", sexBasedTerms);
            if (body.isEmpty()) {
                throw new IllegalStateException("set at least one category, or use AutoModSettingsUpdate.overall");
            }
            return new AutoModSettingsUpdate(body);
        }
    }
}
