package dev.twitchkit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
}
