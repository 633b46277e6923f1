package dev.twitchkit.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP proxy for the transports' tests (in twitchkit's test jar): it answers {@code CONNECT host:port} with
 * 200 (or 407, when built to ask for credentials and a CONNECT lacks them), then relays bytes both ways, and notes
 * each tunnel's target so a test can prove that traffic went through it.
 */
public final class ConnectProxy implements AutoCloseable {
    /**
     * A real proxy answers a network round trip after the CONNECT. Jetty 12.1.14's client fails the tunnel
     * (WritePendingException) when the 200 comes before its own write of the CONNECT has completed, which a proxy on
     * loopback that answers at once can do; the wait stands in for the round trip.
     */
    private static final long PROXY_LATENCY_MILLIS = 20;
    private final ServerSocket server;
    private final List<String> tunnels = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    /** The {@code Proxy-Authorization} value a CONNECT must carry, or null when the proxy asks for none. */
    private final String requiredAuthorization;

    /** Listens on a free loopback port and tunnels for anyone. */
    public ConnectProxy() throws IOException {
        this(null);
    }

    /** Listens on a free loopback port and tunnels only for {@code username} with {@code password} (Basic). */
    public ConnectProxy(String username, String password) throws IOException {
        this("Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private ConnectProxy(String requiredAuthorization) throws IOException {
        this.requiredAuthorization = requiredAuthorization;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "connect-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Where the proxy listens. */
    public InetSocketAddress address() {
        return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }

    /** How many CONNECTs were refused for want of the right credentials. */
    public int refused() {
        return refused.get();
    }

    /** The {@code host:port} of each tunnel opened, in order. */
    public List<String> tunnels() {
        return tunnels;
    }

    private void acceptAll() {
        try {
            while (true) {
                Socket client = server.accept();
                sockets.add(client);
                Thread tunnel = new Thread(() -> tunnel(client), "connect-proxy-tunnel");
                tunnel.setDaemon(true);
                tunnel.start();
            }
        } catch (IOException closed) {
            // the test closed the proxy
        }
    }

    private void tunnel(Socket client) {
        try {
            String[] head = readHead(client.getInputStream()).split("\r\n");
            String[] line = head[0].split(" ");
            if (line.length < 2 || !line[0].equals("CONNECT")) {
                client.getOutputStream().write("HTTP/1.1 405 Only CONNECT\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                closeQuietly(client);
                return;
            }
            if (requiredAuthorization != null && Arrays.stream(head).noneMatch(
                    h -> h.equalsIgnoreCase("Proxy-Authorization: " + requiredAuthorization))) {
                refused.incrementAndGet();
                client.getOutputStream().write(("HTTP/1.1 407 Proxy Authentication Required\r\n"
                        + "Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                closeQuietly(client);
                return;
            }
            String target = line[1];
            int colon = target.lastIndexOf(':');
            Socket upstream = new Socket(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)));
            sockets.add(upstream);
            tunnels.add(target);
            Thread.sleep(PROXY_LATENCY_MILLIS);
            client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            Thread back = new Thread(() -> relay(upstream, client), "connect-proxy-relay");
            back.setDaemon(true);
            back.start();
            relay(client, upstream);
        } catch (IOException | RuntimeException e) {
            closeQuietly(client);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(client);
        }
    }

    /** The request line and headers, up to the empty line, read byte by byte so nothing after it is consumed. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) != -1) {
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static void relay(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ended) {
            // one side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        sockets.forEach(ConnectProxy::closeQuietly);
    }
}
