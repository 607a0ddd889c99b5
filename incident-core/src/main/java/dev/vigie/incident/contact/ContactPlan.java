package dev.vigie.incident.contact;

import dev.vigie.incident.AlertLevel;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.directory.Incubator;
import dev.vigie.incident.directory.MatchKind;
import dev.vigie.incident.directory.Member;
import dev.vigie.incident.directory.RepositoryMatch;
import dev.vigie.incident.directory.Team;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * How to reach the team owning a repository (PROCEDURE.md 3.3): the ordered steps of 3.2 (product page, generic
 * email, team chat channel, incubator co-host or head, LinkedIn, Twitter, any other), preceded for RED by the phone
 * (3.1) and the requirement of an audio or video call (4.1), each step with what the directory knows and what is
 * missing. An unmapped repository still gets a plan: its steps say that no team is known, and the "other" step points
 * to the repository's own page and to the {@linkplain #INCUBATOR_FALLBACK incubator-wide fallback} address.
 */
@Value.Immutable
public interface ContactPlan {

    /**
     * Incubator-wide role address for a repository no team claims (betagouv-data.md 9): the beta.gouv.fr security
     * alert list, whose tech referents (in BCC) can say whose repository it is. Chosen over {@code securite@} and
     * {@code dinum@}, which reach the ops team itself (the people using this plan), and over {@code contact@}, which
     * reaches one incubator only. It is a list: ask who owns the repository, never send the share link or any detail
     * of the secret there.
     */
    String INCUBATOR_FALLBACK = "alertes-securite@beta.gouv.fr";

    /** The sentence of PROCEDURE.md 4.1 for RED. */
    String CALL_REQUIRED = "An audio or video call is required (PROCEDURE.md 4.1): call the developers to reassure "
            + "them and keep them on the actions rather than on the consequences; avoid needless stress.";

    RepositoryRef repository();

    AlertLevel level();

    /** The team, or the proposed team when {@link #howMatched()} is a proposal; empty when unmapped. */
    Optional<Team> team();

    MatchKind howMatched();

    /** Ordered ways to reach the team: for RED the phone first. */
    List<ContactStep> steps();

    /** Whether an audio or video call is required (RED). */
    default boolean callRequired() {
        return level().requiresCall();
    }

    /** {@link #CALL_REQUIRED} for RED. */
    default Optional<String> callInstruction() {
        return callRequired() ? Optional.of(CALL_REQUIRED) : Optional.empty();
    }

    /** Every gap, the mapping gap (unmapped or only proposed repository) first, then each step's in order. */
    List<String> missing();

    /** The step of a kind, when the plan has one (no phone step for ORANGE). */
    default Optional<ContactStep> step(ContactKind kind) {
        return steps().stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** Readable English lines for a terminal: heading, call requirement, numbered steps, then what is missing. */
    default List<String> lines() {
        List<String> lines = new ArrayList<>();
        String who;
        switch (howMatched()) {
            case EXACT:
                who = "team " + team().map(Team::describe).orElse("?");
                break;
            case PROPOSAL_NAME_PREFIX:
                who = "team " + team().map(Team::describe).orElse("?")
                        + " (proposed from the repository's name: confirm it)";
                break;
            default:
                who = "no team (unmapped repository)";
        }
        lines.add("Contact plan for " + repository() + ", " + level().frenchName() + " (" + level() + "): " + who);
        callInstruction().ifPresent(lines::add);
        int n = 1;
        for (ContactStep s : steps()) {
            lines.add(n++ + ". " + s.describe());
        }
        if (!missing().isEmpty()) {
            lines.add("Missing:");
            missing().forEach(m -> lines.add("- " + m));
        }
        return lines;
    }

    /** {@link #lines()} joined with new lines. */
    default String render() {
        return String.join("\n", lines()) + "\n";
    }

    /** {@link #build(RepositoryMatch, AlertLevel, List)} with {@link #INCUBATOR_FALLBACK}. */
    static ContactPlan build(RepositoryMatch match, AlertLevel level) {
        return build(match, level, List.of(INCUBATOR_FALLBACK));
    }

    /**
     * Builds the plan for a directory match; {@code fallbackAddresses} are the incubator-wide addresses offered as the
     * "other" step of an unmapped repository.
     */
    static ContactPlan build(RepositoryMatch match, AlertLevel level, List<String> fallbackAddresses) {
        Builder plan = builder()
                .repository(match.repository())
                .level(level)
                .team(match.team())
                .howMatched(match.howMatched());
        Set<String> missing = new LinkedHashSet<>();
        match.mappingGap().ifPresent(missing::add);
        List<ContactStep> steps = match.team().isPresent()
                ? teamSteps(match.team().get(), match.repository(), level)
                : unmappedSteps(match.repository(), level, fallbackAddresses);
        if (match.team().isPresent()) {
            steps.forEach(s -> s.missing().ifPresent(missing::add));
        }
        return plan.steps(steps).missing(missing).build();
    }

    private static List<ContactStep> teamSteps(Team team, RepositoryRef repository, AlertLevel level) {
        String id = team.id();
        List<ContactStep> steps = new ArrayList<>();
        if (level.requiresCall()) {
            List<Member> byRole = new ArrayList<>(team.members());
            byRole.sort(Comparator.comparing(m -> !m.isDeveloper())); // stable: developers first (3.1)
            steps.add(fromMembers(ContactKind.PHONE, byRole, Member::phone, "no phone number for any member of " + id
                    + ": add phone: to its members in teams.yaml (no public data holds phone numbers)"));
        }
        steps.add(single(ContactKind.PRODUCT_PAGE, team.productPage(), "no product page for " + id
                + ": add productPage: to it in teams.yaml"));
        steps.add(single(ContactKind.EMAIL, team.email(), "no generic email for " + id
                + ": add email: to it in teams.yaml"));
        steps.add(single(ContactKind.CHAT_CHANNEL, team.chat().map(c -> c.describe()), "no chat channel for team "
                + id + ": add chat: { team: …, channel: … } to it in teams.yaml"));
        steps.add(incubator(team));
        steps.add(fromMembers(ContactKind.LINKEDIN, team.members(), Member::linkedin,
                "no LinkedIn profile for any member of " + id));
        steps.add(fromMembers(ContactKind.TWITTER, team.members(), Member::twitter,
                "no Twitter account for any member of " + id));
        ContactStep.Builder other = ContactStep.builder().kind(ContactKind.OTHER);
        for (Member m : team.members()) {
            m.email().ifPresent(e -> other.addValues(e).addLabels(m.emailIsGuess()
                    ? m.name() + ", guess from the beta.gouv.fr convention: may be inactive"
                    : m.name()));
        }
        for (Member m : team.members()) {
            m.github().ifPresent(g -> other.addValues("https://github.com/" + g).addLabels(m.name() + " on GitHub"));
        }
        repositoryPage(other, repository);
        steps.add(other.build());
        return steps;
    }

    private static List<ContactStep> unmappedSteps(RepositoryRef repository, AlertLevel level,
            List<String> fallbackAddresses) {
        String unknown = "no team known for " + repository + " until it is mapped";
        List<ContactStep> steps = new ArrayList<>();
        for (ContactKind kind : ContactKind.values()) {
            if (kind == ContactKind.OTHER || (kind == ContactKind.PHONE && !level.requiresCall())) {
                continue;
            }
            steps.add(ContactStep.builder().kind(kind).missing(unknown).build());
        }
        ContactStep.Builder other = ContactStep.builder().kind(ContactKind.OTHER);
        repositoryPage(other, repository);
        for (String address : fallbackAddresses) {
            other.addValues(address).addLabels("incubator-wide security list: ask who owns the repository, never "
                    + "send the share link there");
        }
        steps.add(other.build());
        return steps;
    }

    private static void repositoryPage(ContactStep.Builder step, RepositoryRef repository) {
        String host = repository.host().orElse("github.com");
        step.addValues("https://" + host + "/" + repository.path())
                .addLabels("repository page: commit authors, README, CODEOWNERS"
                        + (repository.host().isPresent() ? "" : "; assuming GitHub"));
    }

    private static ContactStep single(ContactKind kind, Optional<String> value, String missing) {
        ContactStep.Builder step = ContactStep.builder().kind(kind);
        if (value.isPresent()) {
            step.addValues(value.get()).addLabels("");
        } else {
            step.missing(missing);
        }
        return step.build();
    }

    private static ContactStep fromMembers(ContactKind kind, List<Member> members,
            Function<Member, Optional<String>> field, String missing) {
        ContactStep.Builder step = ContactStep.builder().kind(kind);
        boolean any = false;
        for (Member m : members) {
            Optional<String> value = field.apply(m);
            if (value.isPresent()) {
                step.addValues(value.get()).addLabels(m.name() + m.role().map(r -> ", " + r).orElse(""));
                any = true;
            }
        }
        if (!any) {
            step.missing(missing);
        }
        return step.build();
    }

    private static ContactStep incubator(Team team) {
        ContactStep.Builder step = ContactStep.builder().kind(ContactKind.INCUBATOR);
        if (team.incubator().isEmpty()) {
            return step.missing("no incubator for " + team.id() + ": add incubator: { name: …, lead: …, email: … } "
                    + "to it in teams.yaml").build();
        }
        Incubator inc = team.incubator().get();
        String name = inc.name().orElse("the incubator");
        inc.lead().ifPresent(l -> step.addValues(l).addLabels("co-host or head of " + name));
        inc.email().ifPresent(e -> step.addValues(e).addLabels(name));
        if (inc.lead().isEmpty()) {
            step.missing("no co-host or head named for " + name + " (team " + team.id()
                    + "): add incubator.lead: in teams.yaml");
        }
        return step.build();
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableContactPlan.Builder {}
}
