package dev.vigie.incident.directory;

import dev.vigie.incident.RepositoryRef;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds a directory from the beta.gouv.fr public API v2.7 files (betagouv-data.md 6, 7), leniently: unknown and
 * missing attributes are fine, {@code end: ""} means no end, a field of an unexpected type is ignored. Only the shape
 * of each file's top level is checked.
 */
final class BetaGouvReader {

    /** The beta.gouv.fr convention for a member's address: only ever a labelled guess. */
    static final String GUESSED_EMAIL_DOMAIN = "beta.gouv.fr";

    private final LocalDate today;

    private final Map<String, StartupData> startups = new LinkedHashMap<>();
    private final Map<String, Incubator> incubators = new HashMap<>();
    private final Map<String, String> incubatorOfStartup = new HashMap<>();
    private final Map<String, Node> authors = new LinkedHashMap<>();
    private final Map<String, List<String>> activeByMissions = new HashMap<>();
    private boolean authorsLoaded;

    private static final class StartupData {
        final String id;
        @Nullable String name;
        @Nullable String repository;
        @Nullable String contact;
        @Nullable String incubatorId;
        final Set<String> activeMembers = new LinkedHashSet<>();

        StartupData(String id) {
            this.id = id;
        }
    }

    BetaGouvReader(LocalDate today) {
        this.today = today;
    }

    /** {@code startups.json}: a JSON:API document ({@code data} + {@code included}), or a bare array of startups. */
    void startups(Node root) {
        List<Node> data;
        if (root.isMap() && root.get("data") != null && root.get("data").isList()) {
            data = root.get("data").items();
            Node included = root.get("included");
            if (included != null) {
                for (Node inc : included.items()) {
                    Optional<String> id = inc.text("id");
                    Node attributes = inc.get("attributes");
                    if (id.isPresent() && "incubator".equals(inc.text("type").orElse("incubator"))
                            && attributes != null) {
                        incubators.putIfAbsent(id.get(), incubator(attributes));
                    }
                }
            }
        } else if (root.isList()) {
            data = root.items();
        } else {
            throw root.error("startups.json must hold {\"data\": [startups…]} as https://beta.gouv.fr/api/v2.7/"
                    + "startups.json serves it, found " + root.kindInWords());
        }
        for (Node s : data) {
            Optional<String> id = s.text("id");
            if (id.isEmpty()) {
                continue;
            }
            Node a = s.get("attributes");
            Node attributes = a != null && a.isMap() ? a : s;
            StartupData d = startup(id.get());
            d.name = first(d.name, attributes.text("name"));
            d.repository = first(d.repository, attributes.text("repository"));
            d.contact = first(d.contact, attributes.text("contact"));
            Node rel = s.get("relationships");
            Node inc = rel == null ? null : rel.get("incubator");
            Node incData = inc == null ? null : inc.get("data");
            if (incData != null) {
                d.incubatorId = first(d.incubatorId, incData.text("id"));
            }
        }
    }

    /** {@code startups_details.json}: an object keyed by startup id. */
    void startupsDetails(Node root) {
        if (!root.isMap()) {
            throw root.error("startups_details.json must be an object keyed by startup id, found "
                    + root.kindInWords());
        }
        root.entries().forEach((key, s) -> {
            if (!s.isMap()) {
                return;
            }
            StartupData d = startup(s.text("id").orElse(key));
            d.name = first(d.name, s.text("name"));
            d.repository = first(d.repository, s.text("repository"));
            d.contact = first(d.contact, s.text("contact"));
            Node active = s.get("active_members");
            if (active != null) {
                active.items().forEach(m -> m.text().ifPresent(d.activeMembers::add));
            }
        });
    }

    /** {@code incubators.json}: an object keyed by incubator id, each listing its startups. */
    void incubators(Node root) {
        if (!root.isMap()) {
            throw root.error("incubators.json must be an object keyed by incubator id, found " + root.kindInWords());
        }
        root.entries().forEach((id, inc) -> {
            if (!inc.isMap()) {
                return;
            }
            incubators.put(id, incubator(inc));
            Node list = inc.get("startups");
            if (list != null) {
                list.items().forEach(s -> s.text("id").ifPresent(sid -> incubatorOfStartup.putIfAbsent(sid, id)));
            }
        });
    }

    /** {@code authors.json}: an array of members with their missions. */
    void authors(Node root) {
        if (!root.isList()) {
            throw root.error("authors.json must be an array of members, found " + root.kindInWords());
        }
        authorsLoaded = true;
        for (Node a : root.items()) {
            Optional<String> id = a.text("id");
            if (id.isEmpty()) {
                continue;
            }
            authors.put(id.get(), a);
            Set<String> active = new LinkedHashSet<>();
            Node legacy = a.get("startups");
            if (legacy != null) {
                legacy.items().forEach(s -> s.text().ifPresent(active::add));
            }
            Node missions = a.get("missions");
            if (missions != null) {
                for (Node m : missions.items()) {
                    if (isActive(m.text("end"))) {
                        Node ss = m.get("startups");
                        if (ss != null) {
                            ss.items().forEach(s -> s.text().ifPresent(active::add));
                        }
                    }
                }
            }
            active.forEach(s -> activeByMissions.computeIfAbsent(s, k -> new ArrayList<>()).add(id.get()));
        }
    }

    /** betagouv-data.md 4: a mission is active when {@code end} is absent (or {@code ""}) or not before today. */
    private boolean isActive(Optional<String> end) {
        if (end.isEmpty()) {
            return true;
        }
        try {
            return !LocalDate.parse(end.get().length() > 10 ? end.get().substring(0, 10) : end.get())
                    .isBefore(today);
        } catch (DateTimeParseException e) {
            return true; // an unreadable end date: keep the contact rather than lose it
        }
    }

    TeamDirectory build() {
        TeamDirectory.Builder dir = TeamDirectory.builder();
        for (StartupData s : startups.values()) {
            Team.Builder team = Team.builder()
                    .id(s.id)
                    .name(s.name == null ? s.id : s.name)
                    .productPage("https://beta.gouv.fr/startups/" + s.id + ".html")
                    .email(Optional.ofNullable(s.contact));
            if (s.repository != null) {
                RepositoryRef.parse(s.repository).ifPresent(team::addRepositories);
            }
            String incId = s.incubatorId != null ? s.incubatorId : incubatorOfStartup.get(s.id);
            if (incId != null) {
                Incubator inc = incubators.get(incId);
                team.incubator(inc != null ? inc : Incubator.builder().name(incId).build());
            }
            // With authors.json, activity is recomputed for today from the missions; a username it does not know
            // at all keeps the site's own active_members verdict.
            Set<String> usernames = new LinkedHashSet<>();
            if (authorsLoaded) {
                usernames.addAll(activeByMissions.getOrDefault(s.id, List.of()));
                s.activeMembers.stream().filter(u -> !authors.containsKey(u)).forEach(usernames::add);
            } else {
                usernames.addAll(s.activeMembers);
            }
            for (String username : usernames) {
                team.addMembers(member(username, authors.get(username)));
            }
            dir.addTeams(team.build());
        }
        return dir.build();
    }

    private static Member member(String username, @Nullable Node author) {
        Member.Builder m = Member.builder()
                .name(username)
                .email(username + "@" + GUESSED_EMAIL_DOMAIN)
                .emailIsGuess(true);
        if (author != null) {
            author.text("fullname").ifPresent(m::name);
            m.role(author.text("role").or(() -> author.text("domaine")));
            author.text("link")
                    .filter(l -> l.toLowerCase(Locale.ROOT).contains("linkedin.com/"))
                    .ifPresent(m::linkedin);
            m.github(author.text("github"));
        }
        return m.build();
    }

    private static Incubator incubator(Node n) {
        return Incubator.builder().name(n.text("title")).email(n.text("contact")).build();
    }

    private StartupData startup(String id) {
        return startups.computeIfAbsent(id, StartupData::new);
    }

    @Nullable
    private static String first(@Nullable String current, Optional<String> next) {
        return current != null ? current : next.orElse(null);
    }
}
