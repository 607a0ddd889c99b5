package dev.vigie.incident.directory;

import dev.vigie.incident.RepositoryRef;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Strict reader of {@code teams.yaml} (PRODUCT.md): a typo in a security directory fails loudly, with file, line and
 * column, rather than silently dropping a contact.
 */
final class YamlDirectoryReader {

    private static final List<String> TOP_KEYS = List.of("chat", "escalation", "teams");
    private static final List<String> CHAT_KEYS = List.of("team", "securityChannel", "opsChannel");
    private static final List<String> ESCALATION_KEYS = List.of("securityLead", "dpo");
    private static final List<String> CONTACT_KEYS = List.of("name", "email", "phone");
    private static final List<String> TEAM_KEYS = List.of("id", "name", "repositories", "productPage", "email",
            "chat", "incubator", "members");
    private static final List<String> TEAM_CHAT_KEYS = List.of("team", "channel");
    private static final List<String> INCUBATOR_KEYS = List.of("name", "lead", "email");
    private static final List<String> MEMBER_KEYS = List.of("name", "role", "email", "phone", "linkedin", "twitter",
            "github");

    private YamlDirectoryReader() {}

    static TeamDirectory read(Node root) {
        TeamDirectory.Builder dir = TeamDirectory.builder();
        if (root.isNull()) {
            return dir.build();
        }
        expectMap(root, "the top level of the team directory", "chat:, escalation: and teams:");
        checkKeys(root, TOP_KEYS, "at the top level");
        Node chat = root.get("chat");
        if (chat != null && !chat.isNull()) {
            expectMap(chat, "chat", "{ team: …, securityChannel: …, opsChannel: … }");
            checkKeys(chat, CHAT_KEYS, "in chat");
            dir.chat(ChatSettings.builder()
                    .team(string(chat, "team"))
                    .securityChannel(string(chat, "securityChannel"))
                    .opsChannel(string(chat, "opsChannel"))
                    .build());
        }
        Node escalation = root.get("escalation");
        if (escalation != null && !escalation.isNull()) {
            expectMap(escalation, "escalation", "{ securityLead: { name: …, email: … }, dpo: { … } }");
            checkKeys(escalation, ESCALATION_KEYS, "in escalation");
            dir.escalation(Escalation.builder()
                    .securityLead(contact(escalation, "securityLead"))
                    .dpo(contact(escalation, "dpo"))
                    .build());
        }
        Node teams = root.get("teams");
        if (teams != null && !teams.isNull()) {
            if (!teams.isList()) {
                throw teams.error("teams must be a list of teams (lines starting with '- id: …'), found "
                        + teams.kindInWords());
            }
            Map<String, Node> ids = new HashMap<>();
            Map<RepositoryRef, String> owners = new HashMap<>();
            for (Node t : teams.items()) {
                Team team = team(t);
                Node previous = ids.putIfAbsent(team.id().toLowerCase(Locale.ROOT), t);
                if (previous != null) {
                    throw t.get("id").error("duplicate team id '" + team.id() + "' (first at line " + previous.line
                            + "): merge the two entries");
                }
                for (RepositoryRef r : team.repositories()) {
                    String owner = owners.putIfAbsent(r, team.id());
                    if (owner != null && !owner.equals(team.id())) {
                        throw t.key("repositories").error("repository " + r + " is listed by team " + owner
                                + " and by team " + team.id() + ": keep it under the team that owns it");
                    }
                }
                dir.addTeams(team);
            }
        }
        return dir.build();
    }

    private static Team team(Node t) {
        expectMap(t, "a team", "{ id: …, name: …, repositories: [org/repo], … }");
        checkKeys(t, TEAM_KEYS, "in a team");
        String id = required(t, "id", "a team", "every team needs a stable id, e.g. id: ma-cantine");
        Team.Builder team = Team.builder()
                .id(id)
                .name(required(t, "name", "team " + id, "add name: with the product's name"))
                .productPage(string(t, "productPage"))
                .email(string(t, "email"));
        Node repos = t.get("repositories");
        if (repos != null && !repos.isNull()) {
            if (!repos.isList()) {
                throw repos.error("repositories of team " + id + " must be a list, e.g. [org/repo, "
                        + "https://github.com/org/other], found " + repos.kindInWords());
            }
            Set<RepositoryRef> refs = new LinkedHashSet<>();
            for (Node r : repos.items()) {
                String text = r.text().orElseThrow(() -> r.error("a repository of team " + id
                        + " must be org/repo or a repository URL, found " + r.kindInWords()));
                RepositoryRef ref = RepositoryRef.parse(text).orElseThrow(() -> r.error("'" + text
                        + "' (team " + id + ") is not a repository: an organisation or another page never matches; "
                        + "list org/repo or the repository's URL"));
                refs.add(ref);
            }
            team.repositories(refs);
        }
        Node chat = t.get("chat");
        if (chat != null && !chat.isNull()) {
            expectMap(chat, "chat of team " + id, "{ team: startups, channel: ma-cantine }");
            checkKeys(chat, TEAM_CHAT_KEYS, "in the chat of team " + id);
            team.chat(TeamChat.builder()
                    .team(string(chat, "team"))
                    .channel(required(chat, "channel", "the chat of team " + id, "add channel: with the channel name"))
                    .build());
        }
        Node inc = t.get("incubator");
        if (inc != null && !inc.isNull()) {
            expectMap(inc, "incubator of team " + id, "{ name: …, lead: …, email: … }");
            checkKeys(inc, INCUBATOR_KEYS, "in the incubator of team " + id);
            team.incubator(Incubator.builder()
                    .name(string(inc, "name"))
                    .lead(string(inc, "lead"))
                    .email(string(inc, "email"))
                    .build());
        }
        Node members = t.get("members");
        if (members != null && !members.isNull()) {
            if (!members.isList()) {
                throw members.error("members of team " + id + " must be a list of { name: …, role: …, … }, found "
                        + members.kindInWords());
            }
            for (Node m : members.items()) {
                expectMap(m, "a member of team " + id, "{ name: …, role: dev, email: …, phone: … }");
                checkKeys(m, MEMBER_KEYS, "in a member of team " + id);
                team.addMembers(Member.builder()
                        .name(required(m, "name", "a member of team " + id, "add name:"))
                        .role(string(m, "role"))
                        .email(string(m, "email"))
                        .phone(string(m, "phone"))
                        .linkedin(string(m, "linkedin"))
                        .twitter(string(m, "twitter"))
                        .github(string(m, "github"))
                        .build());
            }
        }
        return team.build();
    }

    private static Optional<Contact> contact(Node parent, String key) {
        Node c = parent.get(key);
        if (c == null || c.isNull()) {
            return Optional.empty();
        }
        expectMap(c, "escalation." + key, "{ name: …, email: …, phone: … }");
        checkKeys(c, CONTACT_KEYS, "in escalation." + key);
        return Optional.of(Contact.builder()
                .name(required(c, "name", "escalation." + key, "add name:"))
                .email(string(c, "email"))
                .phone(string(c, "phone"))
                .build());
    }

    private static void expectMap(Node n, String what, String example) {
        if (!n.isMap()) {
            throw n.error(what + " must be a mapping like " + example + ", found " + n.kindInWords());
        }
    }

    private static void checkKeys(Node map, List<String> allowed, String where) {
        for (String key : map.entries().keySet()) {
            if (!allowed.contains(key)) {
                String hint = closest(key, allowed).map(k -> " (did you mean '" + k + "'?)").orElse("");
                throw map.key(key).error("unknown key '" + key + "' " + where + hint + ": expected one of "
                        + String.join(", ", allowed));
            }
        }
    }

    private static Optional<String> string(Node map, String key) {
        Node n = map.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (n.isMap() || n.isList()) {
            throw n.error(key + " must be a single value, found " + n.kindInWords());
        }
        return n.text();
    }

    private static String required(Node map, String key, String what, String fix) {
        return string(map, key).orElseThrow(() -> map.get(key) == null
                ? map.error(what + " has no " + key + ": " + fix)
                : map.get(key).error(what + " has an empty " + key + ": " + fix));
    }

    private static Optional<String> closest(String key, List<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : allowed) {
            int d = distance(key.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        return bestDistance <= 2 ? Optional.ofNullable(best) : Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

}
