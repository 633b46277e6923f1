package dev.twitchkit.mock.internal.helix.moderation;

import static dev.twitchkit.mock.internal.helix.moderation.ModerationEvents.fields;

import dev.twitchkit.mock.MockChatMessage;
import dev.twitchkit.mock.internal.helix.chat.ChatLog;
import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Roles;
import dev.twitchkit.mock.internal.world.World;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code DELETE /moderation/chat}: one message of the {@link ChatLog} (raising {@code channel.chat.message_delete}
 * and {@code channel.moderate} {@code delete}) or the whole chat ({@code channel.chat.clear} and
 * {@code channel.moderate} {@code clear}). Only messages of the last 6 hours, never the broadcaster's, nor another
 * moderator's.
 */
final class ChatMessageRoutes {
    static final Duration DELETABLE_FOR = Duration.ofHours(6);
    private final World world;
    private final ChatLog chatLog;
    private final ModerationEvents events;

    ChatMessageRoutes(World world, ChatLog chatLog, ModerationEvents events) {
        this.world = world;
        this.chatLog = chatLog;
        this.events = events;
    }

    void mount(Router router) {
        router.helix("DELETE", "/moderation/chat", this::delete);
    }

    private HttpReply delete(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth())
                .requireUserToken("moderator:manage:chat_messages");
        ModeratorCheck check = ModeratorCheck.of(request, world);
        Optional<String> messageId = request.optionalQuery("message_id");
        if (messageId.isEmpty()) {
            events.raise("channel.chat.clear", check.broadcasterId(), fields());
            events.moderate(check.broadcasterId(), check.moderatorId(), "clear", null, null, false);
            return HttpReply.noContent();
        }
        MockChatMessage message = chatLog.byId(messageId.get())
                .filter(m -> m.broadcasterId().equals(check.broadcasterId()))
                .orElseThrow(() -> TwitchHttpError.notFound("The ID in message_id was not found."));
        if (message.sentAt().plus(DELETABLE_FOR).isBefore(world.now())) {
            throw TwitchHttpError.notFound("The specified message was created more than 6 hours ago.");
        }
        if (message.senderId().equals(check.broadcasterId())) {
            throw TwitchHttpError.badRequest("You may not delete the broadcaster's messages.");
        }
        if (!message.senderId().equals(check.moderatorId())
                && world.roles().has(check.broadcasterId(), Roles.Role.MODERATOR, message.senderId())) {
            throw TwitchHttpError.badRequest("You may not delete another moderator's messages.");
        }
        events.raise("channel.chat.message_delete", check.broadcasterId(),
                fields("target_user_id", message.senderId(), "message_id", message.messageId()));
        events.moderate(check.broadcasterId(), check.moderatorId(), "delete", "delete",
                events.user(message.senderId(), "message_id", message.messageId(), "message_body", message.text()),
                false);
        return HttpReply.noContent();
    }
}
