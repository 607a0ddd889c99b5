package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A monitored source, e.g. a repository (gitguardian-api.md 8.4). */
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public interface Source {

    long id();

    /** {@code github}, {@code gitlab}, {@code azure_devops}, … */
    @Value.Default
    default String type() {
        return "";
    }

    /** Lower-case {@code org/repo} on GitHub; other forms elsewhere (Azure DevOps: {@code org / project / repo}). */
    @Value.Default
    default String fullName() {
        return "";
    }

    /** Forge URL in its original case. */
    Optional<String> url();

    @Value.Default
    default SourceVisibility visibility() {
        return SourceVisibility.UNKNOWN;
    }

    @Value.Default
    default SourceHealth health() {
        return SourceHealth.UNKNOWN;
    }

    @Value.Default
    default SourceCriticality sourceCriticality() {
        return SourceCriticality.UNKNOWN;
    }

    Optional<String> defaultBranch();

    Optional<String> defaultBranchHead();

    /** TRIGGERED + ASSIGNED incidents. */
    @Value.Default
    default int openIncidentsCount() {
        return 0;
    }

    @Value.Default
    default int closedIncidentsCount() {
        return 0;
    }

    Optional<LastScan> lastScan();

    Optional<Boolean> monitored();

    /** e.g. {@code deleted_on_remote}; absent in older responses. */
    Optional<String> monitoringStatus();

    /** The forge's id, a string (may be a UUID). */
    Optional<String> externalId();

    Optional<SecretIncidentsBreakdown> secretIncidentsBreakdown();

    Optional<ProviderMetadata> providerMetadata();

    Optional<Boolean> deleted();

    /** Open incidents by severity ({@code secret_incidents_breakdown.open_secret_incidents}); zeros when absent. */
    default SeverityBreakdown openSeverityBreakdown() {
        return secretIncidentsBreakdown().map(b -> b.openSecretIncidents().severityBreakdown())
                .orElseGet(() -> ImmutableSeverityBreakdown.builder().build());
    }
}
