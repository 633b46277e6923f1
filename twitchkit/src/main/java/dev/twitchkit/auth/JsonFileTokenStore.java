package dev.twitchkit.auth;

import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.json.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps user tokens in one JSON file. Every change rewrites the file atomically: the new content goes to a
 * temporary file in the same directory, created readable and writable by the owner only, is flushed to disk,
 * then renamed over the old file — so a crash leaves either the old or the new file, never a torn one. A file
 * that cannot be read as a token file fails with a {@link TokenStoreException} naming the file, and is never
 * overwritten: the store refuses writes until the file is fixed or removed. One store instance per file.
 */
public final class JsonFileTokenStore implements TokenStore {
    private static final int FORMAT_VERSION = 1;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** Replaces {@code to} with {@code from}; a seam so tests can simulate a crash before the rename. */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private final Path file;
    private final Mover mover;
    private Map<String, Token> tokens;
    private boolean corrupt;

    /** A store at {@code file}; the file and its directory are created on the first write. */
    public JsonFileTokenStore(Path file) {
        this(file, (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING));
    }

    JsonFileTokenStore(Path file, Mover mover) {
        this.file = Checks.notNull(file, "file").toAbsolutePath();
        this.mover = mover;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized List<Token> loadAll() {
        return List.copyOf(tokens().values());
    }

    @Override
    public synchronized void save(Token token) {
        Checks.notNull(token, "token");
        Map<String, Token> next = new LinkedHashMap<>(tokens());
        next.put(token.userId(), token);
        write(next);
        tokens = next;
    }

    @Override
    public synchronized void remove(String userId) {
        Map<String, Token> current = tokens();
        if (!current.containsKey(userId)) {
            return;
        }
        Map<String, Token> next = new LinkedHashMap<>(current);
        next.remove(userId);
        write(next);
        tokens = next;
    }

    private Map<String, Token> tokens() {
        if (corrupt) {
            throw corruptError(null);
        }
        if (tokens == null) {
            tokens = read();
        }
        return tokens;
    }

    private Map<String, Token> read() {
        Map<String, Token> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            JsonNode root = Json.mapper().readTree(Files.readString(file));
            if (root == null || !root.isObject() || !root.path("tokens").isArray()) {
                throw new IllegalArgumentException("no \"tokens\" array");
            }
            int version = root.path("version").asInt(FORMAT_VERSION);
            if (version != FORMAT_VERSION) {
                throw new IllegalArgumentException("unsupported format version " + version);
            }
            for (JsonNode entry : root.path("tokens")) {
                Token token = TokenRecords.fromJson(entry);
                out.put(token.userId(), token);
            }
            return out;
        } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
            corrupt = true;
            throw corruptError(e);
        } catch (IOException e) {
            throw new TokenStoreException("cannot read token file " + file + ": " + e.getMessage(), e);
        }
    }

    private TokenStoreException corruptError(Exception cause) {
        String why = cause == null ? "" : " (" + describe(cause) + ")";
        return new TokenStoreException("token file " + file + " is corrupt" + why
                + "; it was left untouched and will not be overwritten: fix or remove it", cause);
    }

    /** The parser's message names a position, never the content: no secret leaks into the error. */
    private static String describe(Exception e) {
        if (e instanceof JacksonException je) {
            return "not valid JSON at " + (je.getLocation() == null ? "?" : "line " + je.getLocation().getLineNr()
                    + ", column " + je.getLocation().getColumnNr());
        }
        if (e instanceof DateTimeParseException) {
            return "a timestamp is malformed";
        }
        return e.getMessage();
    }

    private void write(Map<String, Token> next) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("version", FORMAT_VERSION);
        ArrayNode array = root.putArray("tokens");
        next.values().forEach(t -> array.add(TokenRecords.toJson(t)));
        byte[] bytes = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        Path temp = null;
        try {
            Path dir = file.getParent();
            Files.createDirectories(dir);
            temp = posix()
                    ? Files.createTempFile(dir, "." + file.getFileName(), ".tmp",
                            PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            mover.move(temp, file);
            temp = null;
        } catch (IOException e) {
            throw new TokenStoreException("cannot write token file " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A leftover temp file is owner-only and ignored by reads; nothing better to do here.
            }
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** The temporary files of this store's writes that are still on disk (none unless a process died mid-write). */
    List<Path> tempFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        try (var stream = Files.list(file.getParent())) {
            stream.filter(p -> p.getFileName().toString().startsWith("." + file.getFileName())
                    && p.getFileName().toString().endsWith(".tmp")).forEach(out::add);
        }
        return out;
    }

    @Override
    public String toString() {
        return "JsonFileTokenStore[" + file + "]";
    }
}
