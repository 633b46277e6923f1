package dev.twitchkit.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What a mock keeps across restarts, so a bot whose mock restarted logs in again with its stored token and finds what
 * it left: the registered clients with their secrets, the users (id, login, display name, email, creation time),
 * every token the mock still knows (access, refresh, client, user, scopes, expiry; expired ones too, since their
 * refresh tokens still work), the world (everything Helix wrote: channels, streams, moderation, polls, rewards,
 * schedules, …, with their ids and timestamps), and the EventSub subscriptions that outlive a connection on Twitch:
 * conduits with their shard count and the webhook and conduit subscriptions, with their ids, status, cost and
 * creation time. Taken with {@link MockTwitch#exportState()}, given back with {@link MockTwitch.Builder#state}.
 *
 * <p>Not kept: WebSocket-session subscriptions (on Twitch they die with their session), sessions themselves (a
 * conduit shard that had a WebSocket comes back {@code websocket_disconnected}; a webhook shard keeps its callback),
 * the clock's offset, counters, recorded requests and deliveries. A state file written before the world and EventSub
 * were kept (clients, users and tokens only) still loads.
 *
 * <p>The file holds secrets of the mock's world (client secrets, tokens, webhook secrets): {@link #write(Path)} makes
 * it readable by its owner only where the file system allows, and {@link #toString()} leaves the secrets out.
 *
 * @param world the world's stores as {@link MockTwitch#exportState()} pictured them; an empty object for none
 */
public record MockState(List<Client> clients, List<User> users, List<Token> tokens, List<Conduit> conduits,
                        List<Subscription> subscriptions, JsonNode world) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Members a file leaves out (one written before they were kept) read as empty. */
    public MockState {
        clients = List.copyOf(required(clients, "clients"));
        users = List.copyOf(required(users, "users"));
        tokens = List.copyOf(required(tokens, "tokens"));
        conduits = conduits == null ? List.of() : List.copyOf(conduits);
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        world = world == null ? JsonNodeFactory.instance.objectNode() : world.deepCopy();
    }

    /** Clients, users and tokens alone: no world, no conduits, no subscriptions. */
    public MockState(List<Client> clients, List<User> users, List<Token> tokens) {
        this(clients, users, tokens, List.of(), List.of(), null);
    }

    /** A registered application. */
    public record Client(String id, String secret, String name) {
        @Override
        public String toString() {
            return "Client[id=" + id + ", name=" + name + "]";
        }
    }

    /** A user, with the id Helix and EventSub conditions know it by. */
    public record User(String id, String login, String displayName, String email, Instant createdAt) {
    }

    /** A token; {@code userId} and {@code refreshToken} are null for an app access token. */
    public record Token(String accessToken, String refreshToken, String clientId, String userId,
                        Set<String> scopes, Instant expiresAt) {
        public Token {
            scopes = Set.copyOf(required(scopes, "tokens[].scopes"));
        }

        @Override
        public String toString() {
            return "Token[clientId=" + clientId + ", userId=" + userId + ", scopes=" + scopes
                    + ", expiresAt=" + expiresAt + "]";
        }
    }

    /**
     * A conduit; its shards in order, {@code "0"} to {@code shard_count - 1}.
     *
     * @param allDownSince since when no shard has been enabled (Twitch deletes a conduit 72 hours later), or null
     */
    public record Conduit(String id, String clientId, List<Shard> shards, Instant allDownSince) {
        public Conduit {
            required(id, "conduits[].id");
            required(clientId, "conduits[].clientId");
            shards = List.copyOf(required(shards, "conduits[].shards"));
        }
    }

    /**
     * A conduit shard as it was; a WebSocket shard that was enabled comes back {@code websocket_disconnected}.
     *
     * @param method {@code websocket} or {@code webhook}
     * @param secret the webhook signing secret, or null
     */
    public record Shard(String id, String status, String method, String sessionId, String callback, String secret,
                        Instant connectedAt, Instant disconnectedAt) {
        @Override
        public String toString() {
            return "Shard[id=" + id + ", status=" + status + ", method=" + method + ", sessionId=" + sessionId
                    + ", callback=" + callback + "]";
        }
    }

    /**
     * A webhook or conduit subscription, as Get EventSub Subscriptions lists it.
     *
     * @param method {@code webhook} or {@code conduit}
     * @param target the callback URL or the conduit id
     * @param secret the webhook signing secret, or null
     * @param userId the user whose token created it, null for an app token
     */
    public record Subscription(String id, String type, String version, Map<String, String> condition, String method,
                               String target, String secret, String clientId, String userId, int cost,
                               Instant createdAt, String status) {
        public Subscription {
            required(id, "subscriptions[].id");
            required(type, "subscriptions[].type");
            required(version, "subscriptions[].version");
            required(method, "subscriptions[].method");
            required(target, "subscriptions[].target");
            required(clientId, "subscriptions[].clientId");
            required(createdAt, "subscriptions[].createdAt");
            required(status, "subscriptions[].status");
            condition = Map.copyOf(required(condition, "subscriptions[].condition"));
        }

        @Override
        public String toString() {
            return "Subscription[id=" + id + ", type=" + type + ", version=" + version + ", method=" + method
                    + ", target=" + target + ", status=" + status + "]";
        }
    }

    /**
     * The user with this login and its latest-expiring user token for the client, as {@link MockTwitch#createUser}
     * would have returned it; empty when there is no such user or it has no token for that client.
     */
    public Optional<MockUser> user(String login, String clientId) {
        return users.stream().filter(u -> u.login().equalsIgnoreCase(login)).findFirst().flatMap(user ->
                tokens.stream().filter(t -> user.id().equals(t.userId()) && clientId.equals(t.clientId()))
                        .max(Comparator.comparing(Token::expiresAt))
                        .map(t -> new MockUser(user.id(), user.login(), user.displayName(), t.accessToken(),
                                t.refreshToken(), t.scopes(), t.expiresAt())));
    }

    /** Writes the state as JSON, replacing the file in one step so a crash never leaves half a file. */
    public void write(Path file) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                }
                Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the mock's state to " + file, e);
        }
    }

    /**
     * Reads a state {@link #write(Path)} wrote.
     *
     * @return empty when the file does not exist (a first start)
     * @throws IllegalArgumentException when the file is not a mock state
     * @throws UncheckedIOException when it cannot be read
     */
    public static Optional<MockState> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mock's state from " + file, e);
        }
        MockState state;
        try {
            state = JSON.readValue(text, MockState.class);
        } catch (JacksonException e) {
            // A member missing is reported by the record that needs it; Jackson's wording around it says less.
            String problem = e.getCause() instanceof NullPointerException missing ? missing.getMessage()
                    : e.getOriginalMessage();
            throw new IllegalArgumentException("the state file " + file + " is not a mock state: " + problem);
        }
        if (state == null) {
            throw new IllegalArgumentException("the state file " + file + " is empty");
        }
        return Optional.of(state);
    }

    /** A member a state file must have; its absence is named in the file's terms. */
    private static <T> T required(T value, String member) {
        if (value == null) {
            throw new NullPointerException(member + " is missing");
        }
        return value;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public String toString() {
        return "MockState[" + clients.size() + " clients, " + users.size() + " users, " + tokens.size() + " tokens, "
                + conduits.size() + " conduits, " + subscriptions.size() + " subscriptions, " + world.size()
                + " parts of the world]";
    }
}
