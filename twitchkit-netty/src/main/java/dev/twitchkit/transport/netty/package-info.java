/**
 * {@link dev.twitchkit.transport.netty.NettyWebSocketTransport}: twitchkit's EventSub sockets on Netty, for
 * applications that hold many connections and want each idle one to cost as little heap as Netty allows.
 */
package dev.twitchkit.transport.netty;
