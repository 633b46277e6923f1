package dev.twitchkit.helix;

/**
 * Helix bound to one token: the application's, or one user's — always the token's <em>current</em> value,
 * so a refresh between calls is invisible. Endpoints are grouped as Twitch's reference groups them. Every
 * call is asynchronous and returns a {@code CompletableFuture}; {@code .join()} is the blocking form (errors
 * then arrive wrapped in a {@code CompletionException} whose cause is a {@link HelixException} subtype).
 */
public final class HelixApi {
    private final Helix helix;
    private final String key;
    private final EventSubApi eventSub;
    private final ConduitsApi conduits;
    private final UsersApi users;
    private final ChatApi chat;

    HelixApi(Helix helix, String key) {
        this.helix = helix;
        this.key = key;
        this.eventSub = new EventSubApi(helix, key);
        this.conduits = new ConduitsApi(helix, key);
        this.users = new UsersApi(helix, key);
        this.chat = new ChatApi(helix, key);
    }

    /** Whose token this is bound to: a user id, or the client id for the app token. */
    public String tokenKey() {
        return key;
    }

    /** EventSub subscriptions: create, list, delete. */
    public EventSubApi eventSub() {
        return eventSub;
    }

    /** Conduits and their shards (app token). */
    public ConduitsApi conduits() {
        return conduits;
    }

    /** Users by id or login. */
    public UsersApi users() {
        return users;
    }

    /** Chat: send messages. */
    public ChatApi chat() {
        return chat;
    }

    /** The core this API runs on. */
    public Helix helix() {
        return helix;
    }

    @Override
    public String toString() {
        return "HelixApi[" + key + "]";
    }
}
