package dev.twitchkit.transport.netty;

import dev.twitchkit.eventsub.internal.socket.SelfSignedTls;
import dev.twitchkit.transport.JdkWebSocketTransport;
import dev.twitchkit.transport.WebSocketConnection;
import dev.twitchkit.transport.WebSocketListener;
import dev.twitchkit.transport.WebSocketTransport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * Not a test: measures the heap one idle connection of a transport holds, as the benchmarks do (heap after GC,
 * least of three, before the transport is created and after N connections sat idle 3 s), with the server in a
 * child JVM. Run from the module's test class path:
 * {@code java -cp ... dev.twitchkit.transport.netty.IdleFootprintProbe netty|jdk [connections] [tls]} ({@code tls}:
 * wss:// with a self-signed certificate the client trusts); Netty's allocator can be switched with
 * {@code -Dio.netty.allocator.type=pooled|adaptive}.
 */
public final class IdleFootprintProbe {
    private static final List<Object> KEEP = new ArrayList<>();

    private IdleFootprintProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean tls = args.length > 2 && args[2].equals("tls");
        if (args[0].equals("server")) {
            serve(tls ? args[3] : null);
            return;
        }
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IdleFootprintProbe.class.getName(), "server", "0",
                tls ? "tls" : "plain", SelfSignedTls.keyStore().toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String port = new BufferedReader(new InputStreamReader(server.getInputStream())).readLine();
            URI uri = URI.create((tls ? "wss://localhost:" : "ws://127.0.0.1:") + port + "/ws");
            SSLContext trust = SelfSignedTls.trustingClientContext(); // made by the application in any case
            long[] before = sample();
            WebSocketTransport transport = args[0].equals("netty")
                    ? tls ? NettyWebSocketTransport.builder().sslContext(trust).build() : NettyWebSocketTransport.create()
                    : JdkWebSocketTransport.using(tls ? HttpClient.newBuilder().sslContext(trust).build()
                            : HttpClient.newHttpClient());
            KEEP.add(transport);
            List<CompletableFuture<WebSocketConnection>> opened = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                opened.add(transport.connect(uri, Duration.ofSeconds(30), 1 << 20, new Idle()));
                if (i % 100 == 99) {
                    CompletableFuture.allOf(opened.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                }
            }
            for (CompletableFuture<WebSocketConnection> f : opened) {
                KEEP.add(f.get(60, TimeUnit.SECONDS));
            }
            Thread.sleep(3000);
            long[] after = sample();
            System.out.printf("%s%s, %d idle connections: heap %.1f KiB each, threads +%d, RSS %.1f KiB each%n",
                    transport.name(), tls ? " wss" : "", connections, (after[0] - before[0]) / 1024.0 / connections,
                    after[1] - before[1], (after[2] - before[2]) / 1024.0 / connections);
        } finally {
            server.destroy();
        }
    }

    /** Heap after GC (least of three), live threads, resident set. */
    private static long[] sample() throws Exception {
        long heap = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            heap = Math.min(heap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        long rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).findFirst().orElse(-1);
        return new long[] {heap, ManagementFactory.getThreadMXBean().getThreadCount(), rss};
    }

    /** Answers nothing; the connection only has to stay open. */
    private static final class Idle implements WebSocketListener {
        @Override
        public void onOpen(WebSocketConnection connection) {
        }

        @Override
        public void onText(ByteBuffer utf8, boolean last) {
        }

        @Override
        public void onText(CharSequence piece, boolean last) {
        }

        @Override
        public void onPong() {
        }

        @Override
        public void onClose(int code, String reason) {
        }

        @Override
        public void onError(Throwable error) {
        }
    }

    /** A server that sends one small message on each connection and then keeps it open. */
    /** Serves ws://, or wss:// with the key store at {@code keyStore} if given. */
    private static void serve(String keyStore) throws Exception {
        Server server = new Server();
        ServerConnector connector;
        if (keyStore != null) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(keyStore);
            ssl.setKeyStorePassword(SelfSignedTls.PASSWORD);
            connector = new ServerConnector(server, ssl);
        } else {
            connector = new ServerConnector(server);
        }
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container ->
                container.addMapping("/ws", (request, response, callback) -> new Greeter())));
        server.start();
        System.out.println(connector.getLocalPort());
        System.out.flush();
        server.join();
    }

    /** Public: Jetty calls it through method handles. */
    public static final class Greeter implements Session.Listener.AutoDemanding {
        @Override
        public void onWebSocketOpen(Session session) {
            session.sendText("{\"metadata\":{\"message_type\":\"session_welcome\"}}", Callback.NOOP);
        }
    }
}
