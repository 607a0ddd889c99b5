package dev.vigie.incident.triage;

import static dev.vigie.incident.TestIncidents.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.vigie.incident.Incident;
import dev.vigie.incident.Validity;
import dev.vigie.incident.Severity;
import dev.vigie.incident.port.ChannelVisibility;
import dev.vigie.incident.port.ChatMessage;
import dev.vigie.incident.port.Marker;
import dev.vigie.incident.triage.Fakes.FakeChat;
import dev.vigie.incident.triage.Fakes.FakeGitGuardian;
import dev.vigie.incident.triage.Fakes.Failures;
import dev.vigie.incident.triage.Fakes.MemoryJournal;
import dev.vigie.incident.triage.Fakes.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowUpTest {

    final Failures failures = new Failures();
    final MutableClock clock = new MutableClock("2026-11-26T09:00:00Z");
    final FakeChat chat = new FakeChat(failures, clock);
    final MemoryJournal journal = new MemoryJournal(failures);
    FakeGitGuardian gitguardian;

    void notifyTeams(List<Incident> incidents) {
        gitguardian = new FakeGitGuardian(failures, incidents);
        chat.add("incubateur", "domaine-secu", ChannelVisibility.PUBLIC);
        chat.add("startups", "ma-cantine", ChannelVisibility.PRIVATE);
        chat.add("startups", "aidants-connect", ChannelVisibility.PRIVATE);
        new BacklogTriage(workflow()).run(TriageOptions.builder().dryRun(false).chatTeam("incubateur").build());
    }

    Workflow workflow() {
        return Workflow.of(gitguardian, gitguardian, Optional.of(chat), BacklogTriageTest.directory(), journal, clock);
    }

    FollowUpResult followUp(boolean dryRun) {
        return new FollowUp(workflow()).run(FollowUpOptions.builder().dryRun(dryRun).chatTeam("incubateur").build());
    }

    List<ChatMessage> newPosts(int before) {
        return new ArrayList<>(chat.posted.subList(before, chat.posted.size()));
    }

    @Test
    void nothingIsDueBeforeTheDeadline() {
        notifyTeams(BacklogTriageTest.backlog());
        int before = chat.posted.size();
        clock.advance(Duration.ofDays(7));
        FollowUpResult result = followUp(false);
        assertThat(result.reminders()).extracting(ReminderResult::outcome).containsOnly(ReminderOutcome.NOT_DUE);
        assertThat(chat.posted).hasSize(before);
    }

    @Test
    void afterTheDeadlineTheTeamIsRemindedInItsThreadExactlyOnce() {
        notifyTeams(BacklogTriageTest.backlog());
        ChatMessage notice = chat.postedIn("ma-cantine").get(0);
        gitguardian.resolve(102);
        gitguardian.answer(103);
        int before = chat.posted.size();
        clock.advance(Duration.ofDays(8));

        FollowUpResult dry = followUp(true);
        assertThat(dry.reminders()).extracting(ReminderResult::outcome)
                .containsExactlyInAnyOrder(ReminderOutcome.PLANNED, ReminderOutcome.NOTHING_PENDING);
        assertThat(chat.posted).hasSize(before);

        FollowUpResult result = followUp(false);
        ReminderResult cantine = result.reminders().stream().filter(r -> r.team().equals("ma-cantine")).findFirst()
                .orElseThrow();
        assertThat(cantine.outcome()).isEqualTo(ReminderOutcome.REMINDED);
        assertThat(cantine.incidents()).extracting(l -> l.incident().id()).containsExactly(101L);
        List<ChatMessage> posts = newPosts(before);
        assertThat(posts).hasSize(2);
        ChatMessage reminder = posts.get(0);
        assertThat(reminder.channelId()).isEqualTo("ch-ma-cantine");
        assertThat(reminder.rootId()).contains(notice.id());
        assertThat(reminder.text()).contains("attendus pour le jeudi 3 décembre 2026", "token-101")
                .doesNotContain("token-103");
        assertThat(reminder.marker()).contains(Marker.of(Marker.Kind.REMINDER, List.of(101L)));
        assertThat(posts.get(1).channelId()).isEqualTo("ch-domaine-secu");
        assertThat(posts.get(1).text()).startsWith("Relance envoyée à l'équipe Ma Cantine dans ~startups/ma-cantine")
                .doesNotContain("/share/");

        clock.advance(Duration.ofDays(1));
        int after = chat.posted.size();
        assertThat(followUp(false).reminders()).extracting(ReminderResult::outcome)
                .contains(ReminderOutcome.ALREADY_REMINDED);
        assertThat(chat.posted).hasSize(after);
    }

    @Test
    void aProposedRedAlertIsEscalatedOnceInTheSecurityChannel() {
        Incident red = incident(201, Severity.HIGH, "2026-11-01T10:00:00Z")
                .repository(BacklogTriageTest.CANTINE).publiclyVisible(true).validity(Validity.VALID).build();
        notifyTeams(List.of(red));
        clock.advance(Duration.ofDays(10));
        int before = chat.posted.size();

        ReminderResult result = followUp(false).reminders().get(0);

        assertThat(result.escalationPlan()).isPresent();
        List<ChatMessage> posts = newPosts(before);
        assertThat(posts).extracting(m -> m.marker().orElseThrow().kind())
                .containsExactly(Marker.Kind.REMINDER, Marker.Kind.REMINDER_LOG, Marker.Kind.ESCALATION);
        assertThat(posts.get(2).text()).contains("Alerte rouge proposée", "responsable sécurité", "DPO")
                .doesNotContain("dpo@example.org");
        followUp(false);
        assertThat(chat.posted).hasSize(before + 3);
    }

    @Test
    void aFollowUpKilledMidwayIsFinishedWithoutDuplicates() {
        for (boolean afterEffect : new boolean[] {false, true}) {
            for (int failAt = 1; failAt <= 6; failAt++) {
                FollowUpTest world = new FollowUpTest();
                Incident red = incident(201, Severity.HIGH, "2026-11-01T10:00:00Z")
                        .repository(BacklogTriageTest.CANTINE).publiclyVisible(true).validity(Validity.VALID).build();
                world.notifyTeams(List.of(red));
                world.clock.advance(Duration.ofDays(10));
                int before = world.chat.posted.size();
                world.failures.count = 0;
                world.failures.failAt = failAt;
                world.failures.afterEffect = afterEffect;
                Throwable crash = catchThrowable(() -> world.followUp(false));
                assertThat(crash).as("step %d", failAt).hasMessageContaining("injected failure");
                world.failures.failAt = 0;
                world.followUp(false);
                world.followUp(false);
                assertThat(world.newPosts(before)).as("after a crash at step %d (after=%s)", failAt, afterEffect)
                        .extracting(m -> m.marker().orElseThrow().kind())
                        .containsExactlyInAnyOrder(Marker.Kind.REMINDER, Marker.Kind.REMINDER_LOG,
                                Marker.Kind.ESCALATION);
            }
        }
    }

    @Test
    void aChannelThatWentPublicGetsDashboardLinksNotShareLinks() {
        notifyTeams(BacklogTriageTest.backlog());
        chat.add("startups", "ma-cantine", ChannelVisibility.PUBLIC);
        chat.messages.put("ch-ma-cantine", new ArrayList<>(chat.postedIn("ma-cantine")));
        clock.advance(Duration.ofDays(8));
        int before = chat.posted.size();

        ReminderResult cantine = followUp(false).reminders().stream().filter(r -> r.team().equals("ma-cantine"))
                .findFirst().orElseThrow();

        assertThat(cantine.actions()).anyMatch(a -> a.contains("not private any more"));
        assertThat(newPosts(before)).filteredOn(m -> m.channelId().equals("ch-ma-cantine")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("workspace/8/incidents/101").doesNotContain("/share/"));
    }
}
