package dev.vigie.incident.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.vigie.incident.port.ChannelVisibility;
import dev.vigie.incident.port.ChatMessage;
import dev.vigie.incident.triage.Fakes.FakeChat;
import dev.vigie.incident.triage.Fakes.FakeGitGuardian;
import dev.vigie.incident.triage.Fakes.Failures;
import dev.vigie.incident.triage.Fakes.MemoryJournal;
import dev.vigie.incident.triage.Fakes.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills a triage run at every side effect in turn (a share, a join, a post, a note, a journal write; before it
 * happened, or after it happened but before the run learnt so), then runs again: the work must end complete, with
 * every message posted exactly once and no share link recreated.
 */
class CrashSafetyTest {

    private static final TriageOptions OPTIONS = TriageOptions.builder().dryRun(false).chatTeam("incubateur")
            .opsChannel("ops-prive").assignTo("ops@example.org").build();

    private static final class World {
        final Failures failures = new Failures();
        final MutableClock clock = new MutableClock("2026-11-26T09:00:00Z");
        final FakeChat chat = new FakeChat(failures, clock);
        final MemoryJournal journal = new MemoryJournal(failures);
        final FakeGitGuardian gitguardian = new FakeGitGuardian(failures, BacklogTriageTest.backlog());

        World() {
            chat.add("incubateur", "domaine-secu", ChannelVisibility.PUBLIC);
            chat.add("incubateur", "ops-prive", ChannelVisibility.PRIVATE);
            chat.add("startups", "ma-cantine", ChannelVisibility.PRIVATE);
            chat.add("startups", "aidants-connect", ChannelVisibility.PRIVATE);
        }

        TriageResult run() {
            Workflow workflow = Workflow.of(gitguardian, gitguardian, Optional.of(chat),
                    BacklogTriageTest.directory(), journal, clock);
            return new BacklogTriage(workflow).run(OPTIONS);
        }

        Map<String, Long> postsByMarker() {
            return chat.posted.stream().collect(Collectors.groupingBy(
                    m -> m.channelId() + " " + m.marker().orElseThrow().encode(), Collectors.counting()));
        }
    }

    private static int sideEffectsOfACleanRun() {
        World world = new World();
        world.run();
        return world.failures.count;
    }

    @ParameterizedTest(name = "failure after the effect: {0}")
    @ValueSource(booleans = {false, true})
    void aRunKilledAtAnyStepIsFinishedByTheNextWithoutDuplicates(boolean afterEffect) {
        World reference = new World();
        reference.run();
        Map<String, Long> expectedPosts = reference.postsByMarker();
        assertThat(expectedPosts).hasSize(6).allSatisfy((marker, count) -> assertThat(count).isEqualTo(1));

        int steps = sideEffectsOfACleanRun();
        assertThat(steps).isGreaterThan(20);
        for (int failAt = 1; failAt <= steps; failAt++) {
            World world = new World();
            world.failures.failAt = failAt;
            world.failures.afterEffect = afterEffect;
            TriageResult[] interrupted = new TriageResult[1];
            Throwable crash = catchThrowable(() -> interrupted[0] = world.run());
            // A failed journal write stops the run; a failed chat or GitGuardian call fails that repository only.
            String failure = crash != null ? crash.getMessage() : interrupted[0].withOutcome(GroupOutcome.FAILED)
                    .stream().map(GroupResult::reason).findFirst().orElse("no failure");
            assertThat(failure).as("step %d", failAt).contains("injected failure");

            world.failures.failAt = 0;
            world.clock.advance(Duration.ofMinutes(5));
            world.run();
            world.clock.advance(Duration.ofMinutes(5));
            int posted = world.chat.posted.size();
            world.run();

            assertThat(world.postsByMarker()).as("posts after a crash at step %d", failAt).isEqualTo(expectedPosts);
            assertThat(world.chat.posted).as("third run at step %d", failAt).hasSize(posted);
            assertThat(world.gitguardian.sharesCreated).as("shares at step %d", failAt)
                    .containsExactlyInAnyOrder(101L, 102L, 103L);
            assertThat(world.gitguardian.notes).as("notes at step %d", failAt)
                    .allSatisfy((id, notes) -> assertThat(notes).hasSize(1));
            assertThat(world.gitguardian.notes).containsOnlyKeys(101L, 102L, 103L);
            List<String> teamNotice = world.chat.postedIn("ma-cantine").stream().map(ChatMessage::text).toList();
            assertThat(teamNotice).singleElement().asString().contains("token-101", "token-103");
        }
    }
}
