package dev.twitchkit.transport;

/**
 * How a transport module offers its transport as the default (a {@link java.util.ServiceLoader} service): an
 * EventSub client built without {@code transport(...)} runs on the transport of the provider found on the class
 * or module path, else on the JDK's client ({@link JdkWebSocketTransport}). twitchkit-netty provides one; adding
 * it to a build is all it takes.
 */
public interface WebSocketTransportProvider {
    /**
     * The transport every client without one of its own shares, made on first use and kept for the life of the
     * JVM: its threads must be daemon threads, so it never keeps a JVM from exiting, and nobody closes it.
     */
    WebSocketTransport sharedTransport();
}
