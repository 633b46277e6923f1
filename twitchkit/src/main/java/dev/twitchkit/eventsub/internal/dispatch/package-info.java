/**
 * Stage 4: event records bound and handlers run off the reading threads, through one bounded queue per connection
 * on a shared executor, arrival order kept, overflow by a counted policy.
 */
package dev.twitchkit.eventsub.internal.dispatch;
