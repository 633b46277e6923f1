package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one Twitch the mock plays: its users (kept by the {@link AuthStore}, with their tokens) and everything
 * Helix reads and writes about them, one store per part of Twitch. Helix routes of every category read and write
 * here, and a write raises the EventSub notifications Twitch would through {@link #events()}, so what one call
 * writes, later calls read, and subscribers hear of it.
 */
public final class World {
    private final AuthStore auth;
    private final WorldEvents events;
    private final Roles roles = new Roles();
    // guest star, games, teams, ccls, tags
    private final GuestStar guestStar = new GuestStar();
    private final Games games = new Games();
    private final Teams teams = new Teams();
    private final ContentClassificationLabels contentClassificationLabels = new ContentClassificationLabels();
    private final StreamTags streamTags = new StreamTags();

    public World(AuthStore auth, WorldEvents events) {
        this.auth = auth;
        this.events = events;
    }

    /** Users and their tokens. */
    public AuthStore auth() {
        return auth;
    }

    /** Raises the notifications a change causes. */
    public WorldEvents events() {
        return events;
    }

    /** Moderators, VIPs and editors of every channel. */
    public Roles roles() {
        return roles;
    }

    /** The mock's clock. */
    public Clock clock() {
        return auth.clock();
    }

    /** Now, on the mock's clock. */
    public Instant now() {
        return auth.clock().instant();
    }

    /** A user by id. */
    public Optional<AuthStore.User> user(String id) {
        return auth.userById(id);
    }

    /** A user by id, or Twitch's 400 naming the parameter ({@code Invalid broadcaster_id}). */
    public AuthStore.User requireUser(String id, String parameter) {
        return auth.userById(id).orElseThrow(() -> TwitchHttpError.badRequest("Invalid " + parameter));
    }

    /**
     * Writes a user as Helix does beside another object: {@code <prefix>_id}, {@code <prefix>_login},
     * {@code <prefix>_name} (login and name null for an id the mock does not know).
     */
    public void putUser(ObjectNode node, String prefix, String userId) {
        Optional<AuthStore.User> user = auth.userById(userId);
        node.put(prefix + "_id", userId);
        node.put(prefix + "_login", user.map(AuthStore.User::login).orElse(null));
        node.put(prefix + "_name", user.map(AuthStore.User::displayName).orElse(null));
    }

    // guest star, games, teams, ccls, tags

    /** Guest Star settings, sessions, invites and slots. */
    public GuestStar guestStar() {
        return guestStar;
    }

    /** The catalog of games and categories. */
    public Games games() {
        return games;
    }

    /** Twitch teams and their members. */
    public Teams teams() {
        return teams;
    }

    /** The content classification labels Twitch lists. */
    public ContentClassificationLabels contentClassificationLabels() {
        return contentClassificationLabels;
    }

    /** The stream tags Twitch defines and the tags on each stream. */
    public StreamTags streamTags() {
        return streamTags;
    }
}
