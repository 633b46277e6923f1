package dev.twitchkit.mock.internal.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Twitch teams and their members, created by the mock's user (Helix only reads them). */
public final class Teams {
    /** A team. */
    public record Team(String id, String name, String displayName, String info, List<String> memberIds,
                       Instant createdAt, Instant updatedAt) {
        public Team {
            memberIds = List.copyOf(memberIds);
        }

        /** The address of the team's logo thumbnail. */
        public String thumbnailUrl() {
            return "https://static-cdn.jtvnw.net/jtv_user_pictures/team-" + name + "-team_logo_image-600x600.png";
        }
    }

    private final AtomicLong ids = new AtomicLong(6357);
    private final List<Team> teams = new ArrayList<>();

    /** Creates a team; names are unique, as at Twitch. */
    public synchronized Team create(String name, String displayName, String info, List<String> memberIds,
                                    Instant now) {
        if (byName(name).isPresent()) {
            throw new IllegalArgumentException("a team named " + name + " exists");
        }
        Team team = new Team(Long.toString(ids.incrementAndGet()), name, displayName, info, memberIds, now, now);
        teams.add(team);
        return team;
    }

    /** A team by id. */
    public synchronized Optional<Team> byId(String id) {
        return teams.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** A team by name. */
    public synchronized Optional<Team> byName(String name) {
        return teams.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The teams {@code userId} is a member of, in the order created. */
    public synchronized List<Team> of(String userId) {
        return teams.stream().filter(t -> t.memberIds().contains(userId)).toList();
    }
}
