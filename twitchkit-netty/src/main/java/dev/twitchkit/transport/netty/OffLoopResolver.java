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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;

/**
 * Resolves host names with the JDK's resolver (the system's, as the JDK's own HTTP client does: hosts file, DNS,
 * its caches) on threads of their own, never on an event loop: Netty's default resolver looks names up on the
 * connecting channel's event loop, so a slow DNS server held up every socket that loop reads, keepalives included,
 * for as long as a lookup took. An IP literal needs no lookup and is answered at once. Serves the channels'
 * connects (as their {@link AddressResolverGroup}) and a proxy's address ({@link #resolve}).
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

    /** {@code address} with its host looked up, if it is not yet. */
    CompletableFuture<InetSocketAddress> resolve(InetSocketAddress address) {
        if (!address.isUnresolved()) {
            return CompletableFuture.completedFuture(address);
        }
        CompletableFuture<InetSocketAddress> resolved = new CompletableFuture<>();
        lookUp(address.getHostString(), (all, failure) -> {
            if (failure != null) {
                resolved.completeExceptionally(failure);
            } else {
                resolved.complete(new InetSocketAddress(all[0], address.getPort()));
            }
        });
        return resolved;
    }

    /** Calls {@code done} with every address of {@code host} (at least one) or what failed, on a lookup thread. */
    private void lookUp(String host, BiConsumer<InetAddress[], Exception> done) {
        byte[] literal = NetUtil.createByteArrayFromIpAddressString(host);
        if (literal != null) {
            try {
                done.accept(new InetAddress[] {InetAddress.getByAddress(host, literal)}, null);
            } catch (UnknownHostException e) { // not for 4 or 16 bytes
                done.accept(null, e);
            }
            return;
        }
        try {
            lookups.execute(() -> {
                InetAddress[] all = null;
                Exception failure = null;
                try {
                    all = lookup.allByName(host);
                    if (all == null || all.length == 0) {
                        failure = new UnknownHostException(host + ": no addresses");
                    }
                } catch (UnknownHostException | RuntimeException e) {
                    failure = e;
                }
                done.accept(failure == null ? all : null, failure);
            });
        } catch (RejectedExecutionException e) { // the transport is closing
            done.accept(null, e);
        }
    }

    private final class NameResolver extends InetNameResolver {
        NameResolver(EventExecutor loop) {
            super(loop);
        }

        @Override
        protected void doResolve(String host, Promise<InetAddress> promise) {
            lookUp(host, (all, failure) -> settle(promise, all == null ? null : all[0], failure));
        }

        @Override
        protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
            lookUp(host, (all, failure) -> settle(promise, all == null ? null : Arrays.asList(all), failure));
        }

        private <T> void settle(Promise<T> promise, T value, Exception failure) {
            if (failure != null) {
                promise.tryFailure(failure);
            } else {
                promise.trySuccess(value);
            }
        }
    }
}
