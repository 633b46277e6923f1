package dev.twitchkit.mock.internal.helix.channelpoints;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.ChannelPoints.Settings;
import tools.jackson.databind.JsonNode;

/**
 * The body of Create and Update Custom Reward applied to a reward's settings (the defaults for a new one), with
 * Twitch's rules: a title of 1 to 45 characters, a cost of at least 1, a prompt of at most 200 characters, a limit
 * or cooldown of at least 1 when it is enabled, a cooldown of at most 7 days.
 */
final class RewardBody {
    static final int MAX_TITLE = 45;
    static final int MAX_PROMPT = 200;
    static final int MAX_COOLDOWN = 604_800;
    static final Settings DEFAULTS = new Settings("", "", 0, "#9147FF", true, false, false, 0, false, 0, false, 0,
            false, false);

    private RewardBody() {
    }

    /** {@code base} with the body's fields; {@code create} requires title and cost. */
    static Settings apply(Settings base, JsonNode body, boolean create) {
        if (!body.isObject()) {
            throw TwitchHttpError.badRequest("The request body must be a JSON object");
        }
        String title = create ? HelixRequest.text(body, "title") : HelixRequest.optionalText(body, "title");
        if (title != null && (title.isBlank() || title.length() > MAX_TITLE)) {
            throw TwitchHttpError.badRequest("The `title` must contain a minimum of 1 character and a maximum of "
                    + MAX_TITLE + " characters.");
        }
        Integer cost = HelixRequest.optionalInt(body, "cost", Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (create && cost == null) {
            throw TwitchHttpError.badRequest("Missing required parameter \"cost\"");
        }
        if (cost != null && cost < 1) {
            throw TwitchHttpError.badRequest("The `cost` field must contain a minimum of 1 point.");
        }
        String prompt = HelixRequest.optionalText(body, "prompt");
        if (prompt != null && prompt.length() > MAX_PROMPT) {
            throw TwitchHttpError.badRequest("The `prompt` field is limited to a maximum of " + MAX_PROMPT
                    + " characters.");
        }
        boolean perStream = or(HelixRequest.optionalBool(body, "is_max_per_stream_enabled"),
                base.maxPerStreamEnabled());
        int maxPerStream = or(HelixRequest.optionalInt(body, "max_per_stream", 0, Integer.MAX_VALUE),
                base.maxPerStream());
        boolean perUser = or(HelixRequest.optionalBool(body, "is_max_per_user_per_stream_enabled"),
                base.maxPerUserPerStreamEnabled());
        int maxPerUser = or(HelixRequest.optionalInt(body, "max_per_user_per_stream", 0, Integer.MAX_VALUE),
                base.maxPerUserPerStream());
        boolean cooldown = or(HelixRequest.optionalBool(body, "is_global_cooldown_enabled"),
                base.globalCooldownEnabled());
        int cooldownSeconds = or(HelixRequest.optionalInt(body, "global_cooldown_seconds", 0, MAX_COOLDOWN),
                base.globalCooldownSeconds());
        requireMinimum(perStream, maxPerStream, "is_max_per_stream_enabled", "max_per_stream");
        requireMinimum(perUser, maxPerUser, "is_max_per_user_per_stream_enabled", "max_per_user_per_stream");
        requireMinimum(cooldown, cooldownSeconds, "is_global_cooldown_enabled", "global_cooldown_seconds");
        return new Settings(or(title, base.title()), or(prompt, base.prompt()), or(cost, base.cost()),
                or(HelixRequest.optionalText(body, "background_color"), base.backgroundColor()),
                or(HelixRequest.optionalBool(body, "is_enabled"), base.enabled()),
                or(HelixRequest.optionalBool(body, "is_user_input_required"), base.userInputRequired()),
                perStream, maxPerStream, perUser, maxPerUser, cooldown, cooldownSeconds,
                or(HelixRequest.optionalBool(body, "is_paused"), base.paused()),
                or(HelixRequest.optionalBool(body, "should_redemptions_skip_request_queue"),
                        base.skipRequestQueue()));
    }

    private static void requireMinimum(boolean enabled, int value, String flag, String field) {
        if (enabled && value < 1) {
            throw TwitchHttpError.badRequest("If `" + flag + "` is true, the minimum value for `" + field
                    + "` is 1.");
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
