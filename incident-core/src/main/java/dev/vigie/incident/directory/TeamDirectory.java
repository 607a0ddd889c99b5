package dev.vigie.incident.directory;

import dev.vigie.incident.RepositoryRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The team directory: the ops team's chat settings, the escalation contacts and the product teams with their
 * repositories. Immutable; build it with {@link TeamDirectoryLoader} or {@link #builder()}.
 */
@Value.Immutable
public interface TeamDirectory {

    List<Team> teams();

    @Value.Default
    default ChatSettings chat() {
        return ChatSettings.empty();
    }

    @Value.Default
    default Escalation escalation() {
        return Escalation.empty();
    }

    /** The team with this id (exact, then case-insensitive). */
    default Optional<Team> team(String id) {
        for (Team t : teams()) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return teams().stream().filter(t -> t.id().equalsIgnoreCase(id)).findFirst();
    }

    /**
     * Maps a repository to its team (betagouv-data.md 8.3): first the teams that list it (compared as
     * {@link RepositoryRef}s, the first listing team wins and others are reported); else, as a proposal only, the
     * team whose id equals the repository's name or, when exactly one does, starts with {@code <name>-}; else
     * unmapped. Never null.
     */
    default RepositoryMatch match(RepositoryRef repository) {
        List<Team> listing = new ArrayList<>();
        for (Team t : teams()) {
            if (t.repositories().contains(repository)) {
                listing.add(t);
            }
        }
        RepositoryMatch.Builder match = RepositoryMatch.builder().repository(repository);
        if (!listing.isEmpty()) {
            return match.team(listing.get(0))
                    .howMatched(MatchKind.EXACT)
                    .addAllOtherCandidates(listing.subList(1, listing.size()))
                    .build();
        }
        String name = repository.name().toLowerCase(Locale.ROOT);
        List<Team> prefixed = new ArrayList<>();
        for (Team t : teams()) {
            String id = t.id().toLowerCase(Locale.ROOT);
            if (id.equals(name)) {
                return match.team(t).howMatched(MatchKind.PROPOSAL_NAME_PREFIX).build();
            }
            if (id.startsWith(name + "-")) {
                prefixed.add(t);
            }
        }
        if (prefixed.size() == 1) {
            return match.team(prefixed.get(0)).howMatched(MatchKind.PROPOSAL_NAME_PREFIX).build();
        }
        return match.howMatched(MatchKind.UNMAPPED).addAllOtherCandidates(prefixed).build();
    }

    /**
     * Merges data derived from public sources with the user's own directory, the user's winning (betagouv-data.md
     * 8.3): chat settings and escalation field by field; a team of both keeps the user's fields where set, the union
     * of repositories (the user's first) and members merged by name (the user's fields win); a repository any user
     * team lists is removed from every other derived team, so the user can move a repository; derived-only teams
     * follow the user's teams.
     */
    static TeamDirectory merge(TeamDirectory derived, TeamDirectory user) {
        Set<RepositoryRef> userRepos = new LinkedHashSet<>();
        user.teams().forEach(t -> userRepos.addAll(t.repositories()));
        Map<String, Team> derivedById = new LinkedHashMap<>();
        derived.teams().forEach(t -> derivedById.putIfAbsent(t.id().toLowerCase(Locale.ROOT), t));

        TeamDirectory.Builder out = builder();
        Set<String> done = new LinkedHashSet<>();
        for (Team u : user.teams()) {
            String key = u.id().toLowerCase(Locale.ROOT);
            Team d = derivedById.get(key);
            out.addTeams(d == null ? u : mergeTeam(d, u, userRepos));
            done.add(key);
        }
        for (Team d : derived.teams()) {
            String key = d.id().toLowerCase(Locale.ROOT);
            if (done.add(key)) {
                List<RepositoryRef> kept = new ArrayList<>(d.repositories());
                kept.removeAll(userRepos);
                out.addTeams(Team.builder().from(d).repositories(kept).build());
            }
        }
        ChatSettings dc = derived.chat();
        ChatSettings uc = user.chat();
        out.chat(ChatSettings.builder()
                .team(or(uc.team(), dc.team()))
                .securityChannel(or(uc.securityChannel(), dc.securityChannel()))
                .opsChannel(or(uc.opsChannel(), dc.opsChannel()))
                .build());
        out.escalation(Escalation.builder()
                .securityLead(or(user.escalation().securityLead(), derived.escalation().securityLead()))
                .dpo(or(user.escalation().dpo(), derived.escalation().dpo()))
                .build());
        return out.build();
    }

    private static Team mergeTeam(Team d, Team u, Set<RepositoryRef> userRepos) {
        Set<RepositoryRef> repos = new LinkedHashSet<>(u.repositories());
        for (RepositoryRef r : d.repositories()) {
            if (!userRepos.contains(r)) {
                repos.add(r);
            }
        }
        List<Member> members = new ArrayList<>();
        Map<String, Member> derivedMembers = new LinkedHashMap<>();
        d.members().forEach(m -> derivedMembers.putIfAbsent(key(m), m));
        for (Member um : u.members()) {
            Member dm = derivedMembers.remove(key(um));
            members.add(dm == null ? um : mergeMember(dm, um));
        }
        members.addAll(derivedMembers.values());
        return Team.builder()
                .id(u.id())
                .name(u.name())
                .repositories(repos)
                .productPage(or(u.productPage(), d.productPage()))
                .email(or(u.email(), d.email()))
                .chat(or(u.chat(), d.chat()))
                .incubator(u.incubator().isEmpty() ? d.incubator() : d.incubator().isEmpty() ? u.incubator()
                        : Optional.of(Incubator.builder()
                                .name(or(u.incubator().get().name(), d.incubator().get().name()))
                                .lead(or(u.incubator().get().lead(), d.incubator().get().lead()))
                                .email(or(u.incubator().get().email(), d.incubator().get().email()))
                                .build()))
                .members(members)
                .build();
    }

    private static Member mergeMember(Member d, Member u) {
        return Member.builder()
                .name(u.name())
                .role(or(u.role(), d.role()))
                .email(or(u.email(), d.email()))
                .emailIsGuess(u.email().isPresent() ? u.emailIsGuess() : d.emailIsGuess())
                .phone(or(u.phone(), d.phone()))
                .linkedin(or(u.linkedin(), d.linkedin()))
                .twitter(or(u.twitter(), d.twitter()))
                .github(or(u.github(), d.github()))
                .build();
    }

    private static String key(Member m) {
        return m.name().trim().toLowerCase(Locale.ROOT);
    }

    private static <T> Optional<T> or(Optional<T> first, Optional<T> second) {
        return first.isPresent() ? first : second;
    }

    static TeamDirectory empty() {
        return builder().build();
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableTeamDirectory.Builder {}
}
