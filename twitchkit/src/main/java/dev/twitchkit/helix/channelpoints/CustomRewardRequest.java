package dev.twitchkit.helix.channelpoints;

import dev.twitchkit.internal.Checks;

/**
 * The fields of Create Custom Rewards or Update Custom Reward: only the fields set are sent. {@link #create} starts
 * a new reward (title and cost required); {@link #update} a change of any fields. Twitch's limits are checked when
 * the request is built.
 *
 * @param title 1 to 45 characters, unique in the channel
 * @param prompt at most 200 characters
 * @param cost at least 1 point
 * @param backgroundColor hex colour, e.g. {@code #9147FF}
 * @param isEnabled whether viewers see the reward
 * @param isUserInputRequired whether viewers must enter text
 * @param isMaxPerStreamEnabled whether {@code maxPerStream} applies
 * @param maxPerStream at least 1
 * @param isMaxPerUserPerStreamEnabled whether {@code maxPerUserPerStream} applies
 * @param maxPerUserPerStream at least 1
 * @param isGlobalCooldownEnabled whether {@code globalCooldownSeconds} applies
 * @param globalCooldownSeconds 1 to 604,800 (7 days)
 * @param isPaused whether redemptions are paused (update only)
 * @param shouldRedemptionsSkipRequestQueue whether redemptions are FULFILLED at once
 */
public record CustomRewardRequest(String title, String prompt, Integer cost, String backgroundColor,
                                  Boolean isEnabled, Boolean isUserInputRequired, Boolean isMaxPerStreamEnabled,
                                  Integer maxPerStream, Boolean isMaxPerUserPerStreamEnabled,
                                  Integer maxPerUserPerStream, Boolean isGlobalCooldownEnabled,
                                  Integer globalCooldownSeconds, Boolean isPaused,
                                  Boolean shouldRedemptionsSkipRequestQueue) {
    /** Twitch's limit on a reward's title. */
    public static final int MAX_TITLE_LENGTH = 45;
    /** Twitch's limit on a reward's prompt. */
    public static final int MAX_PROMPT_LENGTH = 200;
    /** Twitch's longest cooldown, 7 days. */
    public static final int MAX_COOLDOWN_SECONDS = 604_800;

    /** Checks Twitch's limits. */
    public CustomRewardRequest {
        if (title != null) {
            Checks.notBlank(title, "title");
            if (title.length() > MAX_TITLE_LENGTH) {
                throw new IllegalArgumentException("title must be at most " + MAX_TITLE_LENGTH + " characters, got "
                        + title.length());
            }
        }
        if (prompt != null && prompt.length() > MAX_PROMPT_LENGTH) {
            throw new IllegalArgumentException("prompt must be at most " + MAX_PROMPT_LENGTH + " characters, got "
                    + prompt.length());
        }
        if (cost != null) {
            Checks.inRange(cost, 1, Integer.MAX_VALUE, "cost");
        }
        if (maxPerStream != null) {
            Checks.inRange(maxPerStream, 1, Integer.MAX_VALUE, "maxPerStream");
        }
        if (maxPerUserPerStream != null) {
            Checks.inRange(maxPerUserPerStream, 1, Integer.MAX_VALUE, "maxPerUserPerStream");
        }
        if (globalCooldownSeconds != null) {
            Checks.inRange(globalCooldownSeconds, 1, MAX_COOLDOWN_SECONDS, "globalCooldownSeconds");
        }
    }

    /** A new reward titled {@code title} costing {@code cost} points. */
    public static Builder create(String title, int cost) {
        Checks.notBlank(title, "title");
        return new Builder(true).title(title).cost(cost);
    }

    /** A change of an existing reward. */
    public static Builder update() {
        return new Builder(false);
    }

    /** Sets the fields; {@link #build()} checks them. */
    public static final class Builder {
        private final boolean create;
        private String title;
        private String prompt;
        private Integer cost;
        private String backgroundColor;
        private Boolean enabled;
        private Boolean userInputRequired;
        private Integer maxPerStream;
        private Boolean maxPerStreamEnabled;
        private Integer maxPerUserPerStream;
        private Boolean maxPerUserPerStreamEnabled;
        private Integer cooldown;
        private Boolean cooldownEnabled;
        private Boolean paused;
        private Boolean skipQueue;

        private Builder(boolean create) {
            this.create = create;
        }

        /** The title, 1 to 45 characters. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** The cost, at least 1. */
        public Builder cost(int cost) {
            this.cost = cost;
            return this;
        }

        /** The prompt (at most 200 characters); with {@code inputRequired}, viewers must enter text. */
        public Builder prompt(String prompt, boolean inputRequired) {
            this.prompt = Checks.notNull(prompt, "prompt");
            this.userInputRequired = inputRequired;
            return this;
        }

        /** The background colour in hex, e.g. {@code #9147FF}. */
        public Builder backgroundColor(String color) {
            this.backgroundColor = Checks.notBlank(color, "color");
            return this;
        }

        /** Whether viewers see the reward. */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** Limits redemptions per stream ({@code max} at least 1). */
        public Builder maxPerStream(int max) {
            this.maxPerStream = max;
            this.maxPerStreamEnabled = true;
            return this;
        }

        /** Limits redemptions per user per stream ({@code max} at least 1). */
        public Builder maxPerUserPerStream(int max) {
            this.maxPerUserPerStream = max;
            this.maxPerUserPerStreamEnabled = true;
            return this;
        }

        /** A cooldown between redemptions, 1 to 604,800 seconds. */
        public Builder globalCooldownSeconds(int seconds) {
            this.cooldown = seconds;
            this.cooldownEnabled = true;
            return this;
        }

        /** Pauses or resumes redemptions (Update Custom Reward only). */
        public Builder paused(boolean paused) {
            if (create) {
                throw new IllegalStateException("a new reward cannot be created paused; pause it with an update");
            }
            this.paused = paused;
            return this;
        }

        /** Whether redemptions are FULFILLED at once instead of waiting in the request queue. */
        public Builder skipRequestQueue(boolean skip) {
            this.skipQueue = skip;
            return this;
        }

        /** The request; {@link IllegalArgumentException} when a limit is broken or an update sets nothing. */
        public CustomRewardRequest build() {
            CustomRewardRequest request = new CustomRewardRequest(title, prompt, cost, backgroundColor, enabled,
                    userInputRequired, maxPerStreamEnabled, maxPerStream, maxPerUserPerStreamEnabled,
                    maxPerUserPerStream, cooldownEnabled, cooldown, paused, skipQueue);
            if (!create && request.equals(new CustomRewardRequest(null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null))) {
                throw new IllegalArgumentException("a reward update must change at least one field");
            }
            return request;
        }
    }
}
