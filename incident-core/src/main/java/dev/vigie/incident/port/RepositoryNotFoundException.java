package dev.vigie.incident.port;

import java.util.List;

/** A source was asked for a repository it does not know. The message names what was searched and what was seen. */
public class RepositoryNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String repository;
    private final List<String> candidates;

    public RepositoryNotFoundException(String repository, List<String> searched, List<String> candidates) {
        super(message(repository, searched, candidates));
        this.repository = repository;
        this.candidates = List.copyOf(candidates);
    }

    private static String message(String repository, List<String> searched, List<String> candidates) {
        StringBuilder text = new StringBuilder("Repository ").append(repository)
                .append(" is not a source known to GitGuardian (searched: ")
                .append(String.join(", ", searched)).append(')');
        if (candidates.isEmpty()) {
            text.append(". Check the repository name (incident.repository) and that GitGuardian monitors it.");
        } else {
            text.append("; close matches: ").append(String.join(", ", candidates))
                    .append(". Set incident.repository to the exact one.");
        }
        return text.toString();
    }

    /** The repository as it was asked for. */
    public String repository() {
        return repository;
    }

    /** Sources with a similar name, or the ambiguous matches; never chosen silently. */
    public List<String> candidates() {
        return candidates;
    }
}
