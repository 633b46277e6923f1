package dev.twitchkit.transport.netty;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.resolver.InetSocketAddressResolver;
import io.netty.util.NetUtil;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Resolves host names with the JDK's resolver (the system's, as the JDK's own HTTP client does: hosts file, DNS,
 * its caches) on threads of their own, never on an event loop: Netty's default resolver looks names up on the
 * connecting channel's event loop, so a slow DNS server held up every socket that loop reads, keepalives included,
 * for as long as a lookup took. An IP literal needs no lookup and is answered at once.
 */
final class OffLoopResolver extends AddressResolverGroup<InetSocketAddress> {
    /** The JDK's blocking lookup of every address of a host; a test puts a slow or failing one in. */
    interface HostLookup {
        InetAddress[] allByName(String host) throws UnknownHostException;
    }

    private final Executor lookups;
    private final HostLookup lookup;

    OffLoopResolver(Executor lookups, HostLookup lookup) {
        this.lookups = lookups;
        this.lookup = lookup;
    }

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor loop) {
        return new InetSocketAddressResolver(loop, new NameResolver(loop));
    }

    private final class NameResolver extends InetNameResolver {
        NameResolver(EventExecutor loop) {
            super(loop);
        }

        @Override
        protected void doResolve(String host, Promise<InetAddress> promise) {
            lookUp(host, promise, all -> all[0]);
        }

        @Override
        protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
            lookUp(host, promise, Arrays::asList);
        }

        private <T> void lookUp(String host, Promise<T> promise, java.util.function.Function<InetAddress[], T> pick) {
            byte[] literal = NetUtil.createByteArrayFromIpAddressString(host);
            if (literal != null) {
                try {
                    promise.trySuccess(pick.apply(new InetAddress[] {InetAddress.getByAddress(host, literal)}));
                } catch (UnknownHostException e) { // not for 4 or 16 bytes
                    promise.tryFailure(e);
                }
                return;
            }
            try {
                lookups.execute(() -> {
                    try {
                        InetAddress[] all = lookup.allByName(host);
                        if (all == null || all.length == 0) {
                            throw new UnknownHostException(host + ": no addresses");
                        }
                        promise.trySuccess(pick.apply(all));
                    } catch (UnknownHostException | RuntimeException e) {
                        promise.tryFailure(e);
                    }
                });
            } catch (RejectedExecutionException e) { // the transport is closing
                promise.tryFailure(e);
            }
        }
    }
}
