package dev.twitchkit.mock.internal.helix.gueststar;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.World;

/**
 * Who may call a Guest Star route: a user token; the broadcaster with a {@code channel:…:guest_star} scope, or one of
 * the channel's moderators (the world's {@code Roles}) with a {@code moderator:…:guest_star} scope, as Twitch's
 * reference splits them.
 */
final class GuestStarCaller {
    private GuestStarCaller() {
    }

    /** The broadcaster itself, with {@code channel:manage:guest_star} (the host-only writes). */
    static String broadcaster(HelixRequest request, World world) {
        request.requireUserToken("channel:manage:guest_star");
        String broadcasterId = request.tokenUser("broadcaster_id");
        world.requireUser(broadcasterId, "broadcaster_id");
        return broadcasterId;
    }

    /**
     * The {@code moderator_id}, which must be the token's user and the broadcaster or one of its moderators, with
     * the scope for that role: to manage ({@code manage}) or to read.
     */
    static String moderator(HelixRequest request, World world, String broadcasterId, boolean manage) {
        request.requireUserToken();
        String moderatorId = request.tokenUser("moderator_id");
        if (moderatorId.equals(broadcasterId)) {
            request.requireScope(manage ? new String[] {"channel:manage:guest_star"}
                    : new String[] {"channel:read:guest_star", "channel:manage:guest_star"});
        } else {
            request.requireScope(manage ? new String[] {"moderator:manage:guest_star"}
                    : new String[] {"moderator:read:guest_star", "moderator:manage:guest_star"});
            if (!world.roles().canModerate(broadcasterId, moderatorId)) {
                throw TwitchHttpError.forbidden("moderator_id is not a Guest Star moderator");
            }
        }
        return moderatorId;
    }

    /** The required {@code broadcaster_id} of a known user. */
    static String channel(HelixRequest request, World world) {
        request.requireUserToken();
        String broadcasterId = request.query("broadcaster_id");
        world.requireUser(broadcasterId, "broadcaster_id");
        return broadcasterId;
    }
}
