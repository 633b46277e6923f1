package dev.twitchkit.transport.jetty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.eventsub.internal.socket.SelfSignedTls;
import dev.twitchkit.transport.RecordingListener;
import dev.twitchkit.transport.WebSocketConnection;
import java.net.URI;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Host names are verified on {@code wss://}: one TLS server with a certificate for localhost and 127.0.0.1, reached
 * as 127.0.0.1 (accepted) and as 127.0.0.2 (the same trusted certificate, the wrong name: refused).
 */
class JettyTlsTest {
    private final Server server = new Server();
    private final JettyWebSocketTransport transport =
            JettyWebSocketTransport.builder().sslContext(SelfSignedTls.trustingClientContext()).build();
    private int portOnOne;
    private int portOnTwo;

    /** Public: Jetty calls its methods through method handles. */
    public static final class Greeter implements Session.Listener.AutoDemanding {
        @Override
        public void onWebSocketOpen(Session session) {
            session.sendText("{\"tls\":true}", Callback.NOOP);
        }
    }

    @BeforeEach
    void start() throws Exception {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(SelfSignedTls.keyStore().toString());
        tls.setKeyStorePassword(SelfSignedTls.PASSWORD);
        ServerConnector one = new ServerConnector(server, tls);
        one.setHost("127.0.0.1");
        ServerConnector two = new ServerConnector(server, tls);
        two.setHost("127.0.0.2");
        server.addConnector(one);
        server.addConnector(two);
        server.setHandler(WebSocketUpgradeHandler.from(server, container ->
                container.addMapping("/ws", (request, response, callback) -> new Greeter())));
        server.start();
        portOnOne = one.getLocalPort();
        portOnTwo = two.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        transport.close();
        server.stop();
    }

    @Test
    void aTrustedCertificateForTheHostIsAcceptedAndForAnotherHostRefused() throws Exception {
        RecordingListener accepted = new RecordingListener();
        transport.connect(URI.create("wss://127.0.0.1:" + portOnOne + "/ws"), Duration.ofSeconds(5), 1 << 20,
                accepted).get(5, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> accepted.pieces().size() == 1);
        assertThat(accepted.pieces()).containsExactly("{\"tls\":true}|last");

        RecordingListener refused = new RecordingListener();
        CompletableFuture<WebSocketConnection> wrongName = transport.connect(
                URI.create("wss://127.0.0.2:" + portOnTwo + "/ws"), Duration.ofSeconds(5), 1 << 20, refused);
        assertThatThrownBy(() -> wrongName.get(5, TimeUnit.SECONDS))
                .hasRootCauseInstanceOf(CertificateException.class)
                .satisfies(e -> assertThat(e).hasStackTraceContaining("127.0.0.2"));
        assertThat(refused.calls).isEmpty();
        assertThat(accepted.violations).isEmpty();
    }
}
