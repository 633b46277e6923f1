/**
 * The front door of twitchkit: {@code App}, {@code ClientUser}, {@code ClientApp} and
 * {@code MultiShardClientApp}.
 */
package dev.twitchkit;
