package dev.vigie.incident.triage;

import static dev.vigie.incident.TestIncidents.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.incident.Incident;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.Severity;
import dev.vigie.incident.Validity;
import dev.vigie.incident.directory.Contact;
import dev.vigie.incident.directory.Escalation;
import dev.vigie.incident.directory.Team;
import dev.vigie.incident.directory.TeamChat;
import dev.vigie.incident.directory.TeamDirectory;
import dev.vigie.incident.port.ChannelVisibility;
import dev.vigie.incident.port.JournalAction;
import dev.vigie.incident.port.JournalEntry;
import dev.vigie.incident.port.Marker;
import dev.vigie.incident.triage.Fakes.FakeChat;
import dev.vigie.incident.triage.Fakes.FakeGitGuardian;
import dev.vigie.incident.triage.Fakes.Failures;
import dev.vigie.incident.triage.Fakes.MemoryJournal;
import dev.vigie.incident.triage.Fakes.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BacklogTriageTest {

    static final RepositoryRef CANTINE = RepositoryRef.of("betagouv/ma-cantine");
    static final RepositoryRef AIDANTS = RepositoryRef.of("betagouv/aidants-connect");
    static final RepositoryRef ORPHAN = RepositoryRef.of("someorg/orphan");

    final Failures failures = new Failures();
    final MutableClock clock = new MutableClock("2026-11-26T09:00:00Z");
    final FakeChat chat = new FakeChat(failures, clock);
    final MemoryJournal journal = new MemoryJournal(failures);
    FakeGitGuardian gitguardian;

    static List<Incident> backlog() {
        return List.of(
                incident(101, Severity.HIGH, "2026-06-20T10:00:00Z").repository(CANTINE).build(),
                incident(102, Severity.CRITICAL, "2026-05-01T10:00:00Z").repository(AIDANTS)
                        .detector("slackbot_token").detectorDisplayName("Slack Bot Token").build(),
                incident(103, Severity.MEDIUM, "2026-06-22T10:00:00Z").repository(CANTINE)
                        .detector("generic_password").detectorDisplayName("Generic Password").build(),
                incident(104, Severity.LOW, "2026-07-01T10:00:00Z").repository(ORPHAN).build());
    }

    static TeamDirectory directory() {
        return TeamDirectory.builder()
                .addTeams(Team.builder().id("ma-cantine").name("Ma Cantine").addRepositories(CANTINE)
                        .chat(TeamChat.builder().team("startups").channel("ma-cantine").build()).build())
                .addTeams(Team.builder().id("aidants").name("Aidants Connect").addRepositories(AIDANTS)
                        .chat(TeamChat.builder().team("startups").channel("aidants-connect").build()).build())
                .escalation(Escalation.builder()
                        .securityLead(Contact.builder().name("Sécu Lead").email("securite@example.org").build())
                        .dpo(Contact.builder().name("DPO").email("dpo@example.org").build()).build())
                .build();
    }

    void setUp(List<Incident> incidents) {
        gitguardian = new FakeGitGuardian(failures, incidents);
        chat.add("incubateur", "domaine-secu", ChannelVisibility.PUBLIC);
        chat.add("incubateur", "ops-prive", ChannelVisibility.PRIVATE);
        chat.add("startups", "ma-cantine", ChannelVisibility.PRIVATE);
        chat.add("startups", "aidants-connect", ChannelVisibility.PRIVATE);
    }

    Workflow workflow() {
        return Workflow.of(gitguardian, gitguardian, Optional.of(chat), directory(), journal, clock);
    }

    static TriageOptions.Builder acting() {
        return TriageOptions.builder().dryRun(false).chatTeam("incubateur");
    }

    TriageResult run(TriageOptions options) {
        return new BacklogTriage(workflow()).run(options);
    }

    @Test
    void dryRunPlansInTheProcedureOrderAndTouchesNothing() {
        setUp(backlog());
        TriageResult result = run(TriageOptions.builder().chatTeam("incubateur").build());

        assertThat(result.dryRun()).isTrue();
        assertThat(result.groups()).extracting(g -> g.repository().orElseThrow().path(), GroupResult::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("betagouv/aidants-connect", GroupOutcome.PLANNED),
                        org.assertj.core.groups.Tuple.tuple("betagouv/ma-cantine", GroupOutcome.PLANNED),
                        org.assertj.core.groups.Tuple.tuple("someorg/orphan", GroupOutcome.UNMAPPED));
        assertThat(result.groups().get(1).incidents()).extracting(l -> l.incident().id()).containsExactly(101L, 103L);
        assertThat(result.groups().get(1).deadline()).contains(LocalDate.of(2026, 12, 3));
        assertThat(result.groups().get(1).actions()).anyMatch(a -> a.contains("post the team message"));
        assertThat(chat.posted).isEmpty();
        assertThat(chat.joined).isEmpty();
        assertThat(gitguardian.sharesCreated).isEmpty();
        assertThat(gitguardian.notes).isEmpty();
        assertThat(journal.entries).isEmpty();
    }

    @Test
    void realRunPostsOneMessagePerRepositoryWithEveryLinkAndTheFrenchDeadline() {
        setUp(backlog());
        TriageResult result = run(acting().build());

        assertThat(result.withOutcome(GroupOutcome.NOTIFIED)).hasSize(2);
        List<String> cantine = chat.postedIn("ma-cantine").stream().map(m -> m.text()).toList();
        assertThat(cantine).hasSize(1);
        assertThat(cantine.get(0)).contains("d'ici le jeudi 3 décembre 2026 ?")
                .contains("https://dashboard.gitguardian.com/share/incidents/token-101")
                .contains("https://dashboard.gitguardian.com/share/incidents/token-103");
        assertThat(chat.postedIn("ma-cantine").get(0).marker()).contains(Marker.of(Marker.Kind.TEAM_NOTICE,
                List.of(101L, 103L)).withDeadline(LocalDate.of(2026, 12, 3)));
        assertThat(chat.postedIn("domaine-secu")).hasSize(2).allSatisfy(m -> assertThat(m.text())
                .contains("jeudi 3 décembre 2026").doesNotContain("/share/"));
        assertThat(chat.joined).containsExactly("aidants-connect", "ma-cantine");
        assertThat(gitguardian.sharesCreated).containsExactlyInAnyOrder(101L, 102L, 103L);
        assertThat(gitguardian.notes.get(101L)).singleElement().asString()
                .contains("Ma Cantine", "startups/ma-cantine", "2026-12-03");
        assertThat(journal.entries).extracting(JournalEntry::action).contains(JournalAction.SHARED,
                JournalAction.TEAM_NOTIFIED, JournalAction.SECURITY_LOGGED, JournalAction.NOTE_ADDED);
        assertThat(journal.entries.toString()).doesNotContain("/share/");
        assertThat(result.groups().get(2).outcome()).isEqualTo(GroupOutcome.UNMAPPED);
        assertThat(result.groups().get(2).contactPlan()).isPresent();
        assertThat(result.groups().get(2).reason()).contains("someorg/orphan");
    }

    @Test
    void aSecondIdenticalRunPostsNothing() {
        setUp(backlog());
        run(acting().build());
        int posts = chat.posted.size();
        int notes = gitguardian.notes.values().stream().mapToInt(List::size).sum();
        clock.advance(java.time.Duration.ofHours(2));

        TriageResult again = run(acting().build());

        assertThat(chat.posted).hasSize(posts);
        assertThat(gitguardian.notes.values().stream().mapToInt(List::size).sum()).isEqualTo(notes);
        assertThat(again.withOutcome(GroupOutcome.ALREADY_HANDLED)).hasSize(2);
    }

    @Test
    void aPersonWhoAlreadyWarnedTheTeamInTheSecurityChannelIsRespected() {
        setUp(backlog());
        chat.humanMessage("domaine-secu", "J'ai prévenu aidants pour "
                + "https://dashboard.gitguardian.com/workspace/8/incidents/102 hier", Instant.parse("2026-11-20T10:00:00Z"));
        TriageResult result = run(acting().build());

        GroupResult aidants = result.groups().get(0);
        assertThat(aidants.outcome()).isEqualTo(GroupOutcome.ALREADY_HANDLED);
        assertThat(aidants.reason()).contains("already mentioned in ~domaine-secu on 2026-11-20");
        assertThat(chat.postedIn("aidants-connect")).isEmpty();
        assertThat(gitguardian.sharesCreated).doesNotContain(102L);
    }

    @Test
    void aMessageOlderThanTheLeakIsNotEvidence() {
        setUp(backlog());
        chat.humanMessage("domaine-secu", "incident 102 ?", Instant.parse("2026-04-01T10:00:00Z"));
        assertThat(run(acting().build()).groups().get(0).outcome()).isEqualTo(GroupOutcome.NOTIFIED);
    }

    @Test
    void aShareLinkNeverGoesToAPublicChannelUnlessAllowed() {
        setUp(backlog());
        chat.add("startups", "ma-cantine", ChannelVisibility.PUBLIC);
        TriageResult result = run(acting().build());

        GroupResult cantine = result.groups().get(1);
        assertThat(cantine.outcome()).isEqualTo(GroupOutcome.PUBLIC_CHANNEL_REFUSED);
        assertThat(cantine.reason()).contains("is public").contains("incident.allowPublicChannel=true");
        assertThat(chat.postedIn("ma-cantine")).isEmpty();
        assertThat(gitguardian.sharesCreated).doesNotContain(101L, 103L);

        TriageResult allowed = run(acting().allowPublicChannel(true).build());
        assertThat(allowed.groups().get(1).outcome()).isEqualTo(GroupOutcome.NOTIFIED);
        assertThat(chat.postedIn("ma-cantine")).hasSize(1);
    }

    @Test
    void redProposalsKeepTheirPlaceButAreFlaggedWithCallAndEscalationPlans() {
        Incident publicValid = incident(105, Severity.LOW, "2026-01-01T10:00:00Z").repository(CANTINE)
                .publiclyVisible(true).validity(Validity.VALID).build();
        setUp(List.of(backlog().get(0), backlog().get(1), publicValid));
        TriageResult result = run(TriageOptions.builder().chatTeam("incubateur").build());

        assertThat(result.groups()).extracting(g -> g.repository().orElseThrow().path())
                .containsExactly("betagouv/aidants-connect", "betagouv/ma-cantine");
        GroupResult cantine = result.groups().get(1);
        assertThat(cantine.red()).isTrue();
        assertThat(cantine.reason()).contains("call the team first");
        assertThat(cantine.contactPlan()).isPresent();
        assertThat(cantine.escalationPlan()).isPresent();
        assertThat(result.groups().get(0).red()).isFalse();

        TriageResult redFirst = run(TriageOptions.builder().chatTeam("incubateur").redFirst(true).build());
        assertThat(redFirst.groups()).extracting(g -> g.repository().orElseThrow().path())
                .containsExactly("betagouv/ma-cantine", "betagouv/aidants-connect");
    }

    @Test
    void maxCountsOnlyWorkedTicketsAndDefersTheRest() {
        setUp(backlog());
        TriageResult result = run(acting().max(1).build());
        assertThat(result.groups()).extracting(GroupResult::outcome)
                .containsExactly(GroupOutcome.NOTIFIED, GroupOutcome.DEFERRED, GroupOutcome.DEFERRED);
        TriageResult next = run(acting().max(3).build());
        assertThat(next.groups()).extracting(GroupResult::outcome).containsExactly(
                GroupOutcome.ALREADY_HANDLED, GroupOutcome.NOTIFIED, GroupOutcome.UNMAPPED);
    }

    @Test
    void securityChannelThatDoesNotExistSaysWhatToSet() {
        setUp(backlog());
        assertThatThrownBy(() -> run(acting().securityChannel("nope").build()))
                .isInstanceOf(TriageException.class)
                .hasMessageContaining("~nope").hasMessageContaining("incident.securityChannel");
    }

    @Test
    void dryRunWithoutAnyChatStillPlansFromTheJournalAndSaysSo() {
        setUp(backlog());
        Workflow offline = Workflow.of(gitguardian, null, Optional.empty(), directory(), journal, clock);
        TriageResult result = new BacklogTriage(offline).run(TriageOptions.builder().build());
        assertThat(result.warnings()).singleElement().asString().contains("No chat configured");
        assertThat(result.groups()).extracting(GroupResult::outcome)
                .containsExactly(GroupOutcome.PLANNED, GroupOutcome.PLANNED, GroupOutcome.UNMAPPED);
        assertThatThrownBy(() -> new BacklogTriage(offline).run(TriageOptions.builder().dryRun(false).build()))
                .isInstanceOf(TriageException.class).hasMessageContaining("incident.dryRun=true");
    }

    @Test
    void leadIsClaimedInTheOpsChannelAndIncidentsAssignedWhenAsked() {
        setUp(backlog());
        run(acting().opsChannel("ops-prive").assignTo("ops@example.org").build());
        assertThat(chat.postedIn("ops-prive")).hasSize(2).first().extracting(m -> m.text()).asString()
                .startsWith("Je prends le lead sur 1 alerte(s) GitGuardian de betagouv/aidants-connect");
        assertThat(gitguardian.assigned).containsOnlyKeys(101L, 102L, 103L).containsValue("ops@example.org");
        // assigned incidents leave TRIGGERED: a rerun must still see them as handled, not forget them
        TriageResult again = run(acting().opsChannel("ops-prive").assignTo("ops@example.org").build());
        assertThat(again.withOutcome(GroupOutcome.ALREADY_HANDLED)).hasSize(2);
        assertThat(chat.posted).hasSize(6);
    }

    @Test
    void aTeamMessagePostedByARunThatDiedBeforeJournallingKeepsItsDeadline() {
        setUp(backlog());
        chat.messages.get("ch-ma-cantine").add(dev.vigie.incident.port.ChatMessage.builder().id("old")
                .channelId("ch-ma-cantine").text("notice").createdAt(Instant.parse("2026-11-24T16:00:00Z"))
                .marker(Marker.of(Marker.Kind.TEAM_NOTICE, List.of(101L, 103L))).build());

        run(acting().build());

        assertThat(chat.postedIn("ma-cantine")).isEmpty();
        assertThat(journal.entries).filteredOn(e -> e.action() == JournalAction.TEAM_NOTIFIED
                && e.incidentIds().contains(101L)).singleElement().satisfies(e -> {
                    assertThat(e.messageId()).contains("old");
                    assertThat(e.deadline()).contains(LocalDate.of(2026, 12, 1));
                });
        assertThat(chat.postedIn("domaine-secu")).filteredOn(m -> m.text().contains("ma-cantine")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("mardi 1 décembre 2026"));
    }

    @Test
    void aMessageForSomeOfTheIncidentsKeepsThemAndOnlyTheOthersGetANewOne() {
        setUp(backlog());
        // an interrupted run had told the team about 101 only (103 was deferred then), and never journalled it
        chat.messages.get("ch-ma-cantine").add(dev.vigie.incident.port.ChatMessage.builder().id("old")
                .channelId("ch-ma-cantine").text("notice").createdAt(Instant.parse("2026-11-25T10:00:00Z"))
                .marker(Marker.of(Marker.Kind.TEAM_NOTICE, List.of(101L)).withDeadline(LocalDate.of(2026, 12, 2)))
                .build());

        run(acting().build());

        assertThat(chat.postedIn("ma-cantine")).singleElement().satisfies(m -> {
            assertThat(m.marker().orElseThrow().incidentIds()).containsExactly(103L);
            assertThat(m.text()).contains("token-103").doesNotContain("token-101");
        });
        assertThat(gitguardian.sharesCreated).doesNotContain(101L);
        assertThat(journal.entries).filteredOn(e -> e.action() == JournalAction.TEAM_NOTIFIED
                && e.incidentIds().equals(List.of(101L))).singleElement()
                .satisfies(e -> assertThat(e.deadline()).contains(LocalDate.of(2026, 12, 2)));
    }

    @Test
    void aLinkToAnotherIncidentWhoseIdStartsTheSameIsNotEvidence() {
        setUp(List.of(incident(2146, Severity.HIGH, "2026-06-20T10:00:00Z").repository(CANTINE).build()));
        chat.humanMessage("domaine-secu", "vu https://dashboard.gitguardian.com/workspace/8/incidents/21460 et "
                + "SEC-2146, commit a2146b, le 2146-01-01", Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(run(acting().build()).groups().get(0).outcome()).isEqualTo(GroupOutcome.NOTIFIED);

        setUp(List.of(incident(2147, Severity.HIGH, "2026-06-20T10:00:00Z").repository(CANTINE).build()));
        chat.humanMessage("domaine-secu", "équipe prévenue pour l'incident #2147", Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(run(acting().build()).groups()).filteredOn(g -> g.incidents().get(0).incident().id() == 2147L)
                .singleElement().extracting(GroupResult::outcome).isEqualTo(GroupOutcome.ALREADY_HANDLED);
    }

    @Test
    void oneRepositoryThatFailsDoesNotBlockTheOthers() {
        setUp(backlog());
        chat.add("startups", "aidants-connect", ChannelVisibility.PRIVATE);
        failures.failAt = 1; // the first side effect: sharing aidants' incident
        TriageResult result = run(acting().build());

        assertThat(result.groups()).extracting(GroupResult::outcome).containsExactly(
                GroupOutcome.FAILED, GroupOutcome.NOTIFIED, GroupOutcome.UNMAPPED);
        assertThat(result.groups().get(0).reason()).contains("injected failure", "rerun");
        assertThat(chat.postedIn("ma-cantine")).hasSize(1);
        failures.failAt = 0;
        assertThat(run(acting().build()).groups().get(0).outcome()).isEqualTo(GroupOutcome.NOTIFIED);
    }

    @Test
    void anIncidentSomeoneElseTookAfterAnInterruptedRunIsLeftAlone() {
        setUp(backlog());
        journal.entries.add(JournalEntry.builder().at(Instant.parse("2026-11-25T10:00:00Z"))
                .action(JournalAction.LEAD_CLAIMED).addIncidentIds(102L).repository(AIDANTS.path()).build());
        gitguardian.incidents.put(102L, Incident.builder().from(gitguardian.incidents.get(102L))
                .status(dev.vigie.incident.IncidentStatus.ASSIGNED).assigneeEmail("colleague@example.org").build());

        TriageResult result = run(acting().assignTo("ops@example.org").build());

        assertThat(result.groups()).extracting(g -> g.repository().orElseThrow().path())
                .doesNotContain("betagouv/aidants-connect");
        assertThat(gitguardian.assigned).doesNotContainKey(102L);
    }
}
