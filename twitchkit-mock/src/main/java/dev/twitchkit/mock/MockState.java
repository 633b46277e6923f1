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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity a mock keeps across restarts, so a bot whose mock restarted logs in again with its stored token:
 * the registered clients with their secrets, the users (id, login, display name, email, creation time) and every
 * token the mock still knows (access, refresh, client, user, scopes, expiry; expired ones too, since their refresh
 * tokens still work). Taken with {@link MockTwitch#exportState()}, given back with
 * {@link MockTwitch.Builder#state(MockState)}.
 *
 * <p>Not kept: the world (follows, subscriptions to channels, streams, polls, …; seed it again), EventSub
 * subscriptions and conduits, sessions, the clock's offset, counters and recorded requests.
 *
 * <p>The file holds secrets of the mock's world: {@link #write(Path)} makes it readable by its owner only where the
 * file system allows, and {@link #toString()} leaves the secrets out.
 */
public record MockState(List<Client> clients, List<User> users, List<Token> tokens) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public MockState {
        clients = List.copyOf(Objects.requireNonNull(clients, "clients"));
        users = List.copyOf(Objects.requireNonNull(users, "users"));
        tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
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
            scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
        }

        @Override
        public String toString() {
            return "Token[clientId=" + clientId + ", userId=" + userId + ", scopes=" + scopes
                    + ", expiresAt=" + expiresAt + "]";
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
            throw new IllegalArgumentException("the state file " + file + " is not a mock state: "
                    + e.getOriginalMessage());
        }
        if (state == null) {
            throw new IllegalArgumentException("the state file " + file + " is empty");
        }
        return Optional.of(state);
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
        return "MockState[" + clients.size() + " clients, " + users.size() + " users, " + tokens.size() + " tokens]";
    }
}
