package dev.twitchkit.eventsub.event;

/**
 * A Bits transaction happened on an extension.
 *
 * <p>EventSub type {@code extension.bits_transaction.create}, version {@code 1}.
 *
 * @param extensionClientId {@code extension_client_id}
 * @param id the id Twitch gives it ({@code id})
 * @param broadcasterUserId the broadcaster's user id ({@code broadcaster_user_id})
 * @param broadcasterUserLogin the broadcaster's login name ({@code broadcaster_user_login})
 * @param broadcasterUserName the broadcaster's display name ({@code broadcaster_user_name})
 * @param userId the user's id ({@code user_id})
 * @param userLogin the user's login name ({@code user_login})
 * @param userName the user's display name ({@code user_name})
 * @param product {@code product}
 */
public record ExtensionBitsTransactionCreateEvent(
        String extensionClientId,
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName,
        ExtensionProduct product) implements EventSubEvent {
}
