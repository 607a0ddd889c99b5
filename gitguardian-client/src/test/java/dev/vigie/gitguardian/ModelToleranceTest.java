package dev.vigie.gitguardian;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.vigie.gitguardian.internal.Json;
import dev.vigie.gitguardian.model.IgnoreReason;
import dev.vigie.gitguardian.model.Presence;
import dev.vigie.gitguardian.model.SecretIncident;
import dev.vigie.gitguardian.model.SecretOccurrence;
import dev.vigie.gitguardian.model.SecretSeverity;
import dev.vigie.gitguardian.model.SecretStatus;
import dev.vigie.gitguardian.model.SecretValidity;
import dev.vigie.gitguardian.model.Source;
import dev.vigie.gitguardian.model.SourceHealth;
import dev.vigie.gitguardian.model.SourceVisibility;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The models read every recorded payload, and survive fields and enum values they do not know. */
class ModelToleranceTest {

    static <T> T read(String json, TypeReference<T> type) throws Exception {
        return Json.mapper().readValue(json, type);
    }

    @Test
    void readsTheRecordedListWithEveryField() throws Exception {
        List<SecretIncident> list = read(Fixtures.body("test_list_incidents_basic.yaml", 0), new TypeReference<>() {});
        SecretIncident first = list.get(0);
        assertThat(first.id()).isEqualTo(21460);
        assertThat(first.detector().name()).isEqualTo("aws_iam");
        assertThat(first.detector().category()).contains("cloud_provider");
        assertThat(first.date()).isEqualTo(Instant.parse("2020-10-29T13:19:59.005564Z"));
        assertThat(first.status()).isEqualTo(SecretStatus.RESOLVED);
        assertThat(first.severity()).isEqualTo(SecretSeverity.MEDIUM);
        assertThat(first.validity()).isEqualTo(SecretValidity.INVALID);
        assertThat(first.assigneeId()).isEmpty();
        assertThat(first.assigneeEmail()).contains("user-74281974@example.com");
        assertThat(first.shareUrl()).contains("[REDACTED]");
        assertThat(first.riskScore()).contains(100);
        assertThat(first.isVaulted()).contains(false);
        assertThat(first.occurrences()).as("null in lists").isEmpty();
        assertThat(first.publicExposure().get().sourcePubliclyVisible()).contains(true);
        assertThat(first.destinationTickets()).isNotEmpty();
        assertThat(first.secretPresence()).isPresent();
        assertThat(first.gitguardianUrl()).get().asString().startsWith("https://dashboard.gitguardian.com/");
        assertThat(list).extracting(SecretIncident::status).contains(SecretStatus.ASSIGNED, SecretStatus.IGNORED);
        assertThat(list).filteredOn(i -> i.status() == SecretStatus.IGNORED)
                .allSatisfy(i -> assertThat(i.ignoreReason()).isPresent());
        assertThat(first.toString()).doesNotContain("[REDACTED]").contains("****");
    }

    @Test
    void readsDatesWithoutFractionalSeconds() throws Exception {
        List<SecretIncident> list =
                read(Fixtures.body("test_list_incidents_with_ordering.yaml", 0), new TypeReference<>() {});
        assertThat(list).hasSize(5);
        assertThat(list.get(0).date()).isAfter(list.get(4).date());
    }

    @Test
    void readsOccurrencesWithNestedSource() throws Exception {
        SecretIncident incident = read(Fixtures.body("test_get_incident.yaml", 1), new TypeReference<>() {});
        SecretOccurrence occurrence = incident.occurrences().get(0);
        assertThat(occurrence.isRealtime() || occurrence.kind().isPresent()).isTrue();
        assertThat(occurrence.presence()).isIn(Presence.PRESENT, Presence.REMOVED);
        assertThat(occurrence.matches()).isNotEmpty();
        Source source = occurrence.source().get();
        assertThat(source.fullName()).isNotEmpty();
        assertThat(source.monitoringStatus()).isPresent();
        assertThat(source.deleted()).isPresent();
        assertThat(source.providerMetadata()).isPresent();
    }

    @Test
    void unknownFieldsAndEnumValuesDoNotBreakParsing() throws Exception {
        String json = "{\"id\": 1, \"detector\": {\"name\": \"new_thing\", \"brand_new\": {\"x\": 1}},"
                + " \"date\": \"2026-06-22T15:14:57Z\", \"status\": \"QUARANTINED\", \"severity\": \"catastrophic\","
                + " \"validity\": \"maybe\", \"ignore_reason\": \"bored\", \"tags\": [\"SOME_NEW_TAG\"],"
                + " \"a_field_from_2030\": [1, 2, 3], \"occurrences\": null, \"feedback_list\": null,"
                + " \"share_url\": null, \"risk_score\": null}";
        SecretIncident incident = read(json, new TypeReference<>() {});
        assertThat(incident.status()).isEqualTo(SecretStatus.UNKNOWN);
        assertThat(incident.severity()).isEqualTo(SecretSeverity.UNKNOWN);
        assertThat(incident.validity()).isEqualTo(SecretValidity.UNKNOWN);
        assertThat(incident.ignoreReason()).contains(IgnoreReason.UNKNOWN);
        assertThat(incident.tags()).containsExactly("SOME_NEW_TAG");
        assertThat(incident.occurrences()).isEmpty();
        assertThat(incident.feedbackList()).isEmpty();
        assertThat(incident.shareUrl()).isEmpty();
        assertThat(incident.riskScore()).isEmpty();

        Source source = read("{\"id\": 3, \"visibility\": \"secret-ish\", \"health\": \"on_fire\", \"last_scan\": null,"
                + " \"external_id\": \"a-b\", \"open_incidents_count\": 2}", new TypeReference<>() {});
        assertThat(source.visibility()).isEqualTo(SourceVisibility.UNKNOWN);
        assertThat(source.health()).isEqualTo(SourceHealth.UNKNOWN);
        assertThat(source.lastScan()).isEmpty();
        assertThat(source.openIncidentsCount()).isEqualTo(2);
    }

    @Test
    void sourceLastScanDurationIsAString() throws Exception {
        List<Source> sources = read(Fixtures.body("test_search_sources.yaml", 0), new TypeReference<>() {});
        assertThat(sources.get(0).lastScan().get().duration()).contains("0.437131");
        assertThat(sources.get(0).externalId()).contains("05b69081-f346-4022-8784-198f50aed182");
        assertThat(sources.get(4).openSeverityBreakdown().high()).isEqualTo(1);
        assertThat(sources.get(4).openSeverityBreakdown().atLeast(dev.vigie.incident.Severity.HIGH)).isEqualTo(1);
        assertThat(sources.get(4).openSeverityBreakdown().atLeast(dev.vigie.incident.Severity.UNKNOWN)).isEqualTo(115);
    }
}
