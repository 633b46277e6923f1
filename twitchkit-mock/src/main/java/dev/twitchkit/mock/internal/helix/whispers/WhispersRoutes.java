package dev.twitchkit.mock.internal.helix.whispers;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Whispers;
import dev.twitchkit.mock.internal.world.World;
import java.util.Map;
import java.util.UUID;

/**
 * The Helix Whispers category: {@code POST /helix/whispers}, which raises {@code user.whisper.message} to the
 * recipient. As at Twitch, a whisper is cut to 500 characters unless the recipient has whispered the sender before
 * (then 10,000), and a recipient who blocked the sender does not take whispers.
 */
public final class WhispersRoutes {
    static final int FIRST_CONTACT_LENGTH = 500;
    static final int MAX_LENGTH = 10_000;
    private final World world;

    public WhispersRoutes(World world) {
        this.world = world;
    }

    /** Mounts the Whispers endpoint. */
    public void mount(Router router) {
        router.helix("POST", "/whispers", this::send);
    }

    private HttpReply send(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken("user:manage:whispers");
        String fromId = request.tokenUser("from_user_id");
        String toId = request.query("to_user_id");
        if (fromId.equals(toId)) {
            throw TwitchHttpError.badRequest("The ID in the from_user_id and to_user_id query parameters must be "
                    + "different.");
        }
        String message = HelixRequest.text(request.body(), "message");
        world.requireUser(fromId, "from_user_id");
        if (world.user(toId).isEmpty()) {
            throw TwitchHttpError.notFound("The ID in to_user_id was not found.");
        }
        if (world.blocks().isBlocked(toId, fromId)) {
            throw TwitchHttpError.badRequest("The user that you're sending the whisper to doesn't allow whisper "
                    + "messages.");
        }
        int limit = world.whispers().hasWhispered(toId, fromId) ? MAX_LENGTH : FIRST_CONTACT_LENGTH;
        String text = message.length() > limit ? message.substring(0, limit) : message;
        Whispers.Whisper whisper = new Whispers.Whisper(UUID.randomUUID().toString(), fromId, toId, text,
                world.now());
        world.whispers().record(whisper);
        world.events().raise("user.whisper.message", Map.of("user_id", toId), Map.of(
                "from_user_id", fromId,
                "to_user_id", toId,
                "whisper_id", whisper.whisperId(),
                "whisper", Map.of("text", text)));
        return HttpReply.noContent();
    }
}
