package dev.twitchkit.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Four JVM processes ({@link SharedTokenProcess}) share one PostgreSQL token store and one user's token; the mock
 * runs here and counts the refreshes. The processes are started once for the class and given one user per test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedTokenProcessesTest {
    private static final int PROCESSES = 4;

    private final List<Child> children = new ArrayList<>();
    private MockTwitch twitch;
    private JdbcTokenStore store;

    @BeforeAll
    void start() throws IOException {
        String url = TestPostgres.newDatabase();
        store = JdbcTokenStore.forUrl(url);
        store.loadAll(); // the schema exists before the processes race for it
        twitch = MockTwitch.start();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < PROCESSES; i++) {
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), SharedTokenProcess.class.getName(), url,
                    twitch.clientId(), twitch.clientSecret(), twitch.urls().helix().toString(),
                    twitch.urls().oauth().toString()).start();
            children.add(new Child(p));
        }
        for (Child child : children) {
            assertThat(child.readLine()).isEqualTo("ready");
        }
    }

    @AfterAll
    void stop() throws Exception {
        for (Child child : children) {
            child.stop();
        }
        if (twitch != null) {
            twitch.close();
        }
    }

    @Test
    void anExpiredTokenIsRefreshedByOneProcessAndUsedByAll() {
        MockUser user = twitch.createUser("shared_expired");
        store.save(Token.ofUser(user.id(), user.accessToken(), user.refreshToken()));
        twitch.expireToken(user.accessToken());

        List<String> answers = callEverywhere(user.id());

        assertThat(store.load(user.id())).as("the token is still stored").isPresent();
        String refreshed = store.load(user.id()).orElseThrow().accessToken();
        assertThat(refreshed).isNotEqualTo(user.accessToken());
        assertThat(answers).as("every call succeeded, with the one refreshed token")
                .containsOnly(SharedTokenProcess.CALLS + " " + refreshed + " kept");
        assertThat(twitch.refreshCount(user.id())).isEqualTo(1);
    }

    @Test
    void aRevokedTokenIsRemovedFromEveryProcess() {
        MockUser user = twitch.createUser("shared_revoked");
        store.save(Token.ofUser(user.id(), user.accessToken(), user.refreshToken()));
        twitch.revokeToken(user.accessToken());

        List<String> answers = callEverywhere(user.id());

        assertThat(answers).containsOnly("0 - removed");
        assertThat(store.load(user.id())).isEmpty();
        assertThat(twitch.refreshCount(user.id())).isZero();
    }

    /** Tells every process to call at once and collects their answers. */
    private List<String> callEverywhere(String userId) {
        children.forEach(child -> child.send("call " + userId));
        List<CompletableFuture<String>> answers = children.stream()
                .map(child -> CompletableFuture.supplyAsync(child::readLine)).toList();
        return answers.stream().map(a -> {
            try {
                return a.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("a process did not answer: " + e, e);
            }
        }).toList();
    }

    /** A running {@link SharedTokenProcess}: its standard input and output. */
    private static final class Child {
        private final Process process;
        private final Writer in;
        private final BufferedReader out;

        Child(Process process) {
            this.process = process;
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Thread errors = new Thread(this::copyErrors, "child-stderr-" + process.pid());
            errors.setDaemon(true);
            errors.start();
        }

        /** Its standard error into this JVM's, which the test report keeps (an inherited one would bypass it). */
        private void copyErrors() {
            try {
                process.getErrorStream().transferTo(System.err);
            } catch (IOException e) {
                System.err.println("lost the standard error of process " + process.pid() + ": " + e);
            }
        }

        void send(String line) {
            try {
                in.write(line + "\n");
                in.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String readLine() {
            try {
                return out.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Closes its input, which ends it; kills it if it does not end. */
        void stop() throws Exception {
            in.close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            assertThat(process.exitValue()).isZero();
        }
    }
}
