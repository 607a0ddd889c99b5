package dev.vigie.maven.check;

import dev.vigie.incident.Incident;
import dev.vigie.incident.triage.AlertProposal;
import java.util.Optional;

/**
 * One unresolved incident after the policy: whether it counts, and why not when it does not.
 *
 * @param incident the incident
 * @param proposal the alert level Vigie proposes for it (PROCEDURE.md 2.3)
 * @param counted whether it makes the check fail
 * @param allowlistEntry its allowlist entry, if any (expired or not)
 * @param note why it does not count ({@code below threshold high}, {@code allowlisted until …}), or, for a counted
 *     incident, that its allowlist entry expired; empty otherwise
 */
public record Evaluated(Incident incident, AlertProposal proposal, boolean counted,
        Optional<Allowlist.Entry> allowlistEntry, Optional<String> note) {}
