package dev.twitchkit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileTokenStoreTest extends PersistentTokenStoreContract {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("nested").resolve("tokens.json");
    }

    @Override
    TokenStore newStore() {
        return new JsonFileTokenStore(file());
    }

    @Override
    TokenStore reopen() {
        return new JsonFileTokenStore(file());
    }

    @Test
    void theFileIsOwnerOnlyEvenIfItWasWiderBefore() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        JsonFileTokenStore store = new JsonFileTokenStore(file());
        store.save(full("1"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");

        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));
        store.save(full("2"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }

    @Test
    void aCrashBetweenWriteAndRenameLeavesTheOldFileIntact() throws IOException {
        new JsonFileTokenStore(file()).save(full("1"));
        String before = Files.readString(file());
        JsonFileTokenStore crashing = new JsonFileTokenStore(file(), (from, to) -> {
            throw new IOException("simulated crash before rename");
        });

        assertThatThrownBy(() -> crashing.save(full("2"))).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining(file().toString());

        assertThat(Files.readString(file())).isEqualTo(before);
        assertThat(new JsonFileTokenStore(file()).loadAll()).containsExactly(full("1"));
        assertThat(crashing.tempFiles()).isEmpty();
    }

    @Test
    void aTempFileLeftByAKilledProcessIsIgnored() throws IOException {
        JsonFileTokenStore store = new JsonFileTokenStore(file());
        store.save(full("1"));
        Files.writeString(file().resolveSibling(".tokens.json12345.tmp"), "{\"half\": ");

        JsonFileTokenStore restarted = new JsonFileTokenStore(file());
        assertThat(restarted.loadAll()).containsExactly(full("1"));
        restarted.save(full("2"));
        assertThat(new JsonFileTokenStore(file()).loadAll()).hasSize(2);
    }

    @Test
    void aCorruptFileFailsClearlyAndIsNeverOverwritten() throws IOException {
        Files.createDirectories(file().getParent());
        String garbage = "{\"version\":1,\"tokens\":[{\"user_id\":\"1\",\"access_token\":\"secret-abc\"";
        Files.writeString(file(), garbage);
        JsonFileTokenStore store = new JsonFileTokenStore(file());

        assertThatThrownBy(store::loadAll).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining(file().toString()).hasMessageContaining("corrupt")
                .hasMessageNotContaining("secret-abc");
        assertThatThrownBy(() -> store.save(full("2"))).isInstanceOf(TokenStoreException.class);
        assertThatThrownBy(() -> store.remove("1")).isInstanceOf(TokenStoreException.class);

        assertThat(Files.readString(file())).isEqualTo(garbage);

        // Fixed by hand: the same store works again.
        Files.delete(file());
        store.save(full("2"));
        assertThat(store.loadAll()).containsExactly(full("2"));
    }

    @Test
    void aFileOfTheWrongShapeIsCorruptToo() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "[1, 2, 3]");
        assertThatThrownBy(() -> new JsonFileTokenStore(file()).loadAll()).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("corrupt");
        Files.writeString(file(), "{\"version\":1,\"tokens\":[{\"login\":\"x\"}]}");
        assertThatThrownBy(() -> new JsonFileTokenStore(file()).loadAll()).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("user_id");
    }

    @Test
    void anAppWithACorruptStoreRefusesToStart() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "not json");
        assertThatThrownBy(() -> dev.twitchkit.App.builder("id", "secret")
                .tokenStore(new JsonFileTokenStore(file())).build())
                .isInstanceOf(TokenStoreException.class);
    }

    @Test
    void twoStoresOnOneFileKeepEachOthersTokens() {
        JsonFileTokenStore first = new JsonFileTokenStore(file());
        JsonFileTokenStore second = new JsonFileTokenStore(file());
        first.save(full("1"));
        second.save(full("2"));
        first.save(full("3"));
        second.remove("1");
        first.save(full("4"));

        assertThat(first.loadAll()).containsExactlyInAnyOrder(full("2"), full("3"), full("4"));
        assertThat(second.loadAll()).containsExactlyInAnyOrder(full("2"), full("3"), full("4"));
    }

    @Test
    void storesSavingConcurrentlyInOneProcessLoseNothing() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String prefix = "t" + t + "-";
                JsonFileTokenStore store = new JsonFileTokenStore(file());
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        store.save(Token.ofUser(prefix + i, "access", null));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(new JsonFileTokenStore(file()).loadAll()).hasSize(200);
    }

    @Test
    void anotherProcessSavingAtTheSameTimeLosesNothing() throws Exception {
        Files.createDirectories(file().getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                TokenFileWriterProcess.class.getName(), file().toString(), "other-", "200")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("saving");
            JsonFileTokenStore store = new JsonFileTokenStore(file());
            for (int i = 0; i < 200; i++) {
                store.save(Token.ofUser("this-" + i, "access", null));
            }
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            other.destroy();
        }
        assertThat(other.exitValue()).isZero();

        List<Token> all = new JsonFileTokenStore(file()).loadAll();
        assertThat(all.stream().filter(t -> t.userId().startsWith("this-"))).hasSize(200);
        assertThat(all.stream().filter(t -> t.userId().startsWith("other-"))).hasSize(200);
    }

    @Test
    void aSymbolicLinkIsWrittenThroughToItsTarget() throws IOException {
        Path target = dir.resolve("real").resolve("tokens.json");
        Files.createDirectories(target.getParent());
        Files.createDirectories(file().getParent());
        Files.createSymbolicLink(file(), Path.of("..", "real", "tokens.json"));
        JsonFileTokenStore store = new JsonFileTokenStore(file());

        store.save(full("1")); // the target does not exist yet: created through the link
        store.save(full("2"));
        store.remove("1");

        assertThat(Files.isSymbolicLink(file())).isTrue();
        assertThat(new JsonFileTokenStore(target).loadAll()).containsExactly(full("2"));
        assertThat(store.loadAll()).containsExactly(full("2"));
        assertThat(store.tempFiles()).isEmpty();
    }

    @Test
    void aStoreOnTheLinkAndOneOnTheTargetShareTheFile() throws IOException {
        Path target = dir.resolve("real").resolve("tokens.json");
        Files.createDirectories(target.getParent());
        Files.createDirectories(file().getParent());
        Files.createSymbolicLink(file(), target);
        JsonFileTokenStore viaLink = new JsonFileTokenStore(file());
        JsonFileTokenStore direct = new JsonFileTokenStore(target);

        viaLink.save(full("1"));
        direct.save(full("2"));
        viaLink.save(full("3"));

        assertThat(Files.isSymbolicLink(file())).isTrue();
        assertThat(direct.loadAll()).containsExactlyInAnyOrder(full("1"), full("2"), full("3"));
    }
}
