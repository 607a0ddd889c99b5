package dev.vigie.gitguardian;

import dev.vigie.gitguardian.model.Source;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.port.RepositoryNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Repository → source, as GitGuardian's MCP server does it (gitguardian-api.md 6.2): search, then exact match. */
final class RepositoryLookup {

    private final GitGuardianClient client;

    RepositoryLookup(GitGuardianClient client) {
        this.client = client;
    }

    Source find(RepositoryRef repository) {
        List<String> searched = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        // path() always holds a '/' and name() never does: the two terms always differ.
        for (String term : List.of(repository.path(), repository.name())) {
            searched.add(term);
            List<Source> found = client.listSourcesPage(
                    ListSourcesParams.builder().search(term).perPage(50).build(), Optional.empty()).items();
            List<Source> exact = new ArrayList<>();
            for (Source source : found) {
                seen.add(describe(source));
                if (matches(source, repository)) {
                    exact.add(source);
                }
            }
            if (exact.size() > 1 && repository.host().isPresent()) {
                String host = repository.host().get();
                List<Source> sameHost = new ArrayList<>();
                for (Source source : exact) {
                    if (source.url().flatMap(RepositoryRef::parse).flatMap(RepositoryRef::host)
                            .map(host::equals).orElse(false)) {
                        sameHost.add(source);
                    }
                }
                if (!sameHost.isEmpty()) {
                    exact = sameHost;
                }
            }
            if (exact.size() == 1) {
                return exact.get(0);
            }
            if (exact.size() > 1) {
                List<String> candidates = new ArrayList<>();
                exact.forEach(s -> candidates.add(describe(s)));
                throw new RepositoryNotFoundException(repository.path() + " (ambiguous: " + exact.size()
                        + " sources match; give the repository URL with its host)", searched, candidates);
            }
        }
        throw new RepositoryNotFoundException(repository.path(), searched,
                new ArrayList<>(seen).subList(0, Math.min(seen.size(), 10)));
    }

    /** Whether a source is exactly this repository: full name, or normalised URL. */
    static boolean matches(Source source, RepositoryRef repository) {
        return RepositoryRef.parse(source.fullName()).map(repository::equals).orElse(false)
                || source.url().flatMap(RepositoryRef::parse).map(repository::equals).orElse(false);
    }

    private static String describe(Source source) {
        return source.fullName() + source.url().map(u -> " (" + source.type() + ", " + u + ")").orElse("");
    }
}
