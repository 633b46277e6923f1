/** The Jetty transport's internals; public only where Jetty or the transport's package needs it. Not API. */
package dev.twitchkit.transport.jetty.internal;
