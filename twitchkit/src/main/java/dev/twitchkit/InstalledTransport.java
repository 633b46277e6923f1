package dev.twitchkit;

import dev.twitchkit.transport.WebSocketTransport;
import dev.twitchkit.transport.WebSocketTransportProvider;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default transport a transport module on the class or module path provides (see
 * {@link WebSocketTransportProvider}), looked up once per JVM; empty when there is none, and the clients use the
 * JDK's.
 */
final class InstalledTransport {
    private static final Logger LOG = LoggerFactory.getLogger(InstalledTransport.class);

    private InstalledTransport() {
    }

    /** The provided transport, shared by every client that names none. */
    static Optional<WebSocketTransport> shared() {
        return Holder.SHARED;
    }

    /** Looked up on first use, so a JVM whose clients all name a transport never loads a provider. */
    private static final class Holder {
        static final Optional<WebSocketTransport> SHARED = lookUp();

        private static Optional<WebSocketTransport> lookUp() {
            List<WebSocketTransportProvider> found = ServiceLoader.load(WebSocketTransportProvider.class,
                    InstalledTransport.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            WebSocketTransport transport = found.get(0).sharedTransport();
            if (found.size() > 1) {
                LOG.warn("{} WebSocket transport modules offer a default; EventSub sockets run on {} (choose one"
                        + " with transport(...) on the builder)", found.size(), transport.name());
            } else {
                LOG.debug("EventSub sockets run on the {} transport, the one on the class path", transport.name());
            }
            return Optional.of(transport);
        }
    }
}
