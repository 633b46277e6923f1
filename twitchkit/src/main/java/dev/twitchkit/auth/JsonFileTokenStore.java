package dev.twitchkit.auth;

import dev.twitchkit.internal.Checks;
import dev.twitchkit.internal.json.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps user tokens in one JSON file, which several stores and processes may share. Every change rewrites the
 * file atomically: the new content goes to a temporary file in the same directory, created readable and writable
 * by the owner only, is flushed to disk, then renamed over the old file — so a crash leaves either the old or the
 * new file, never a torn one.
 *
 * <p>A change is a read-change-write of the file as it is on disk, under a lock that holds across processes (a
 * {@link FileLock} on a hidden {@code .<name>.lock} file beside the token file, which stays there) and across
 * stores in one process: two bots saving to one file keep each other's tokens. The lock is advisory, so it
 * guards against other users of this class, and it needs a file system with working locks (local disks do;
 * some network file systems do not). A symbolic link is written through to its target: the link stays a link,
 * and the file it names gets the update.
 *
 * <p>A file that cannot be read as a token file fails with a {@link TokenStoreException} naming the file, and is
 * never overwritten: the store refuses reads and writes until the file is fixed or removed.
 */
public final class JsonFileTokenStore implements TokenStore {
    private static final int FORMAT_VERSION = 1;
    private static final int MAX_LINKS = 40;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /**
     * One monitor per lock file in this process: a {@link FileLock} is held by the whole JVM, so two stores of one
     * process must take turns here before they take it.
     */
    private static final ConcurrentMap<Path, Object> PROCESS_LOCKS = new ConcurrentHashMap<>();

    /** Replaces {@code to} with {@code from}; a seam so tests can simulate a crash before the rename. */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private final Path file;
    private final Mover mover;

    /** A store at {@code file}; the file and its directory are created on the first write. */
    public JsonFileTokenStore(Path file) {
        this(file, (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING));
    }

    JsonFileTokenStore(Path file, Mover mover) {
        this.file = Checks.notNull(file, "file").toAbsolutePath();
        this.mover = mover;
    }

    /** The path this store was given (a symbolic link stays as given; writes go to its target). */
    public Path file() {
        return file;
    }

    /** The tokens as the file holds them now, with what other stores and processes saved. */
    @Override
    public List<Token> loadAll() {
        return List.copyOf(read(target()).values());
    }

    @Override
    public void save(Token token) {
        Checks.notNull(token, "token");
        update(tokens -> {
            tokens.put(token.userId(), token);
            return true;
        });
    }

    @Override
    public void remove(String userId) {
        update(tokens -> tokens.remove(userId) != null);
    }

    /**
     * Reads the file, applies {@code change} and writes the result if it changed anything, all under the lock:
     * what another store wrote in between is read, never overwritten.
     */
    private void update(Predicate<Map<String, Token>> change) {
        Path target = target();
        Path lockFile = lockFile(target);
        synchronized (PROCESS_LOCKS.computeIfAbsent(lockFile, k -> new Object())) {
            try (FileChannel channel = openLockFile(lockFile); FileLock ignored = channel.lock()) {
                Map<String, Token> tokens = read(target);
                if (change.test(tokens)) {
                    write(target, tokens);
                }
            } catch (IOException e) {
                throw new TokenStoreException("cannot lock token file " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /** The file the link chain starting at {@link #file} ends at (itself when it is no link), existing or not. */
    private Path target() {
        Path path = file;
        try {
            for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(path); i++) {
                path = path.resolveSibling(Files.readSymbolicLink(path));
            }
        } catch (IOException e) {
            throw new TokenStoreException("cannot follow the link " + file + ": " + e.getMessage(), e);
        }
        if (Files.isSymbolicLink(path)) {
            throw new TokenStoreException("token file " + file + " is a chain of more than " + MAX_LINKS
                    + " symbolic links");
        }
        return path;
    }

    /** The lock file beside {@code target}, named by the real directory so every path to it finds one lock. */
    private static Path lockFile(Path target) {
        try {
            Path dir = Files.createDirectories(target.getParent()).toRealPath();
            return dir.resolve("." + target.getFileName() + ".lock");
        } catch (IOException e) {
            throw new TokenStoreException("cannot create the directory of token file " + target + ": "
                    + e.getMessage(), e);
        }
    }

    private static FileChannel openLockFile(Path lockFile) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return posix() ? FileChannel.open(lockFile, options, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : FileChannel.open(lockFile, options);
    }

    private Map<String, Token> read(Path target) {
        Map<String, Token> out = new LinkedHashMap<>();
        if (!Files.exists(target)) {
            return out;
        }
        try {
            JsonNode root = Json.mapper().readTree(Files.readString(target));
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
            throw corruptError(e);
        } catch (IOException e) {
            throw new TokenStoreException("cannot read token file " + file + ": " + e.getMessage(), e);
        }
    }

    private TokenStoreException corruptError(Exception cause) {
        return new TokenStoreException("token file " + file + " is corrupt (" + describe(cause)
                + "); it was left untouched and will not be overwritten: fix or remove it", cause);
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

    private void write(Path target, Map<String, Token> next) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("version", FORMAT_VERSION);
        ArrayNode array = root.putArray("tokens");
        next.values().forEach(t -> array.add(TokenRecords.toJson(t)));
        byte[] bytes = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        Path temp = null;
        try {
            Path dir = target.getParent();
            temp = posix()
                    ? Files.createTempFile(dir, "." + target.getFileName(), ".tmp",
                            PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            mover.move(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new TokenStoreException("cannot write token file " + target + ": " + e.getMessage(), e);
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
        Path target = target();
        try (var stream = Files.list(target.getParent())) {
            stream.filter(p -> p.getFileName().toString().startsWith("." + target.getFileName())
                    && p.getFileName().toString().endsWith(".tmp")).forEach(out::add);
        }
        return out;
    }

    @Override
    public String toString() {
        return "JsonFileTokenStore[" + file + "]";
    }
}
