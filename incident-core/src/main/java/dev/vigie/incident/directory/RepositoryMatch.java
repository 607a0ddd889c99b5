package dev.vigie.incident.directory;

import dev.vigie.incident.RepositoryRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of looking a repository up in the {@link TeamDirectory}: never null, and explicit when unmapped. For a
 * {@link MatchKind#PROPOSAL_NAME_PREFIX} match {@link #team()} holds the proposed team but {@link #isMapped()} is
 * false.
 */
@Value.Immutable
public interface RepositoryMatch {

    RepositoryRef repository();

    /** The matched team, or the proposed one for a {@link MatchKind#PROPOSAL_NAME_PREFIX} match. */
    Optional<Team> team();

    MatchKind howMatched();

    /** Other teams that also list this repository (a conflict for a person to settle), or other name candidates. */
    List<Team> otherCandidates();

    /** Whether a team lists this repository: an actual mapping, not a proposal. */
    default boolean isMapped() {
        return howMatched() == MatchKind.EXACT;
    }

    /** What is wrong with the mapping itself, when anything is. */
    default Optional<String> mappingGap() {
        String repo = repository().path();
        switch (howMatched()) {
            case UNMAPPED:
                StringBuilder s = new StringBuilder("no team lists repository ").append(repo)
                        .append(" in teams.yaml: add it under a team's repositories");
                if (!otherCandidates().isEmpty()) {
                    s.append(" (name-based candidates: ").append(ids(otherCandidates())).append(')');
                }
                return Optional.of(s.toString());
            case PROPOSAL_NAME_PREFIX:
                String id = team().map(Team::id).orElse("?");
                return Optional.of("no team lists repository " + repo + " in teams.yaml; team " + id
                        + " is only a proposal from the repository's name: confirm it by adding " + repo
                        + " under that team's repositories");
            default:
                if (otherCandidates().isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of("repository " + repo + " is also listed by team(s) " + ids(otherCandidates())
                        + ": keep it under one team");
        }
    }

    /**
     * Human-readable gaps, mapping gap first: no team for the repository, no chat channel, no phone number for any
     * member. Empty when the team can be reached by every means the procedure needs.
     */
    default List<String> missing() {
        List<String> gaps = new ArrayList<>();
        mappingGap().ifPresent(gaps::add);
        team().ifPresent(t -> {
            if (t.chat().isEmpty()) {
                gaps.add("no chat channel for team " + t.id() + ": add chat: { team: …, channel: … } to it in "
                        + "teams.yaml");
            }
            if (t.members().stream().noneMatch(m -> m.phone().isPresent())) {
                gaps.add("no phone number for any member of " + t.id() + ": add phone: to its members in teams.yaml "
                        + "(no public data holds phone numbers)");
            }
        });
        return gaps;
    }

    private static String ids(List<Team> teams) {
        StringBuilder s = new StringBuilder();
        for (Team t : teams) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(t.id());
        }
        return s.toString();
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableRepositoryMatch.Builder {}
}
