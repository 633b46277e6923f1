/** The webhook receiver's parts: the signature and age checks, and the endpoint that applies Twitch's rules. */
package dev.twitchkit.webhook.internal;
