package dev.twitchkit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDBC store on embedded SQLite (xerial) and H2, each in a file so a reopen is a real restart; PostgreSQL has
 * {@link PostgresTokenStoreTest}.
 */
class JdbcTokenStoreTest {

    /** The contract on a database file in a fresh folder; reopening connects to the same file again. */
    abstract class OnDatabaseFile extends JdbcTokenStoreContract {
        @TempDir
        Path dir;
    }

    @Nested
    class OnSqlite extends OnDatabaseFile {
        @Override
        String url() {
            return "jdbc:sqlite:" + dir.resolve("tokens.db");
        }
    }

    @Nested
    class OnH2 extends OnDatabaseFile {
        @Override
        String url() {
            return "jdbc:h2:file:" + dir.resolve("tokens").toAbsolutePath();
        }
    }

    @Test
    void aCustomTableNameMustBeAPlainIdentifier(@TempDir Path dir) {
        String url = "jdbc:sqlite:" + dir.resolve("t.db");
        JdbcTokenStore custom = new JdbcTokenStore(() -> java.sql.DriverManager.getConnection(url), "bot_tokens");
        custom.save(TokenStoreContract.full("1"));
        assertThat(custom.loadAll()).hasSize(1);
        assertThat(JdbcTokenStore.forUrl(url).loadAll()).isEmpty();
        assertThatThrownBy(() -> new JdbcTokenStore(() -> null, "t; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void databaseErrorsNameTheTableButNeverTheToken(@TempDir Path dir) {
        JdbcTokenStore h2 = JdbcTokenStore.forUrl("jdbc:h2:file:" + dir.resolve("x").toAbsolutePath());
        String huge = "secret-" + "x".repeat(2000);
        assertThatThrownBy(() -> h2.save(Token.ofUser("1", huge, null)))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("twitchkit_tokens")
                .hasMessageNotContaining("secret-")
                .hasNoCause();
    }
}
