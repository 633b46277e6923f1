package dev.twitchkit.mock.internal.helix.moderation;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.world.World;

/**
 * The check most moderation routes start with: {@code broadcaster_id} a known user, {@code moderator_id} the
 * token's user and one of the channel's moderators (or the broadcaster).
 */
record ModeratorCheck(String broadcasterId, String moderatorId) {
    /** Checks the request's {@code broadcaster_id} and {@code moderator_id}; Twitch's 400/401/403 otherwise. */
    static ModeratorCheck of(HelixRequest request, World world) {
        String broadcasterId = request.query("broadcaster_id");
        String moderatorId = request.tokenUser("moderator_id");
        world.requireUser(broadcasterId, "broadcaster_id");
        world.roles().requireModerator(broadcasterId, moderatorId);
        return new ModeratorCheck(broadcasterId, moderatorId);
    }
}
