package dev.twitchkit.helix;

import dev.twitchkit.helix.users.User;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.TwitchUrls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connection resets: a raw server that resets (RST) the first connections, then answers. The mock cannot
 * do this, as it always speaks HTTP properly.
 */
class HelixConnectionRetryTest {
    private static final String USERS = "{\"data\":[{\"id\":\"1\",\"login\":\"one\",\"display_name\":\"One\"}]}";

    private ServerSocket server;
    private final AtomicInteger resetsLeft = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
    private App app;

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::serve, "reset-server");
        acceptor.setDaemon(true);
        acceptor.start();
        URI base = URI.create("http://127.0.0.1:" + server.getLocalPort());
        app = App.builder("client", "secret")
                .urls(TwitchUrls.of(URI.create("ws://127.0.0.1:1/ws"), URI.create(base + "/helix"),
                        URI.create(base + "/oauth2")))
                .helixSettings(AppTestSupport.FAST)
                .tokenMaintenance(false)
                .build();
        app.addToken("1", "access-token", null);
    }

    @AfterEach
    void stop() throws IOException {
        app.close();
        server.close();
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                Thread handler = new Thread(() -> handle(socket));
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            requests.add(readHeaders(in));
            if (resetsLeft.getAndDecrement() > 0) {
                socket.setSoLinger(true, 0);
                return;
            }
            byte[] body = USERS.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        } catch (IOException ignored) {
            // The client went away; nothing to answer.
        }
    }

    /** The request line and headers, as text. */
    private static String readHeaders(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.append((char) b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString();
    }

    @Test
    void requestsCarryBearerClientIdUserAgentAndRepeatedParameters() {
        await(app.getUserById("1").users().getUsers(List.of("1", "2"), List.of("a b")));

        String head = requests.get(requests.size() - 1).toLowerCase(java.util.Locale.ROOT);
        assertThat(head).startsWith("get /helix/users?id=1&id=2&login=a%20b http/1.1");
        assertThat(head).contains("authorization: bearer access-token", "client-id: client",
                "user-agent: twitchkit/");
    }

    @Test
    void resetConnectionsAreRetriedWithBackoff() {
        resetsLeft.set(AppTestSupport.FAST.maxRetries());

        List<User> users = await(app.getUserById("1").users().byIds(List.of("1")));

        assertThat(users).extracting(User::login).containsExactly("one");
        assertThat(connections.get()).isGreaterThanOrEqualTo(AppTestSupport.FAST.maxRetries() + 1);
    }

    @Test
    void persistentResetsEndInTheConnectionErrorAfterTheBoundedRetries() {
        resetsLeft.set(1_000);

        Throwable error = failure(app.getUserById("1").users().byIds(List.of("1")));

        assertThat(error).isInstanceOf(IOException.class);
        // Bounded: our attempts (1 + retries), each of which the JDK client may itself retry once on a reset.
        assertThat(connections.get()).isBetween(AppTestSupport.FAST.maxRetries() + 1,
                2 * (AppTestSupport.FAST.maxRetries() + 1));
        assertThat(error.getMessage()).doesNotContain("access-token");
    }
}
