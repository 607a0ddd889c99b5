package dev.vigie.incident.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.incident.port.JournalAction;
import dev.vigie.incident.port.JournalEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlJournalTest {

    @TempDir
    Path dir;

    private JournalEntry entry(JournalAction action) {
        return JournalEntry.builder().at(Instant.parse("2026-11-26T10:00:00Z")).action(action)
                .addIncidentIds(21460L, 21461L).repository("betagouv/ma-cantine").team("ma-cantine")
                .channel("ma-cantine").messageId("p1").deadline(LocalDate.of(2026, 12, 3)).build();
    }

    @Test
    void appendsOneLinePerEntryAndReadsThemBack() throws IOException {
        Path file = dir.resolve(".vigie/journal.jsonl");
        JsonlJournal journal = new JsonlJournal(file);
        journal.append(entry(JournalAction.SHARED));
        journal.append(entry(JournalAction.TEAM_NOTIFIED));
        assertThat(Files.readAllLines(file)).hasSize(2).first().asString()
                .contains("\"action\":\"SHARED\"", "\"deadline\":\"2026-12-03\"", "\"incidentIds\":[21460,21461]");
        assertThat(new JsonlJournal(file).entries()).containsExactly(
                entry(JournalAction.SHARED), entry(JournalAction.TEAM_NOTIFIED));
    }

    @Test
    void aLineTornByAKillIsSkippedAndTheNextAppendStartsCleanly() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        JsonlJournal journal = new JsonlJournal(file);
        journal.append(entry(JournalAction.SHARED));
        Files.writeString(file, "{\"at\":\"2026-11-26T10:00:00Z\",\"act", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        journal.append(entry(JournalAction.TEAM_NOTIFIED));
        assertThat(journal.entries()).extracting(JournalEntry::action)
                .containsExactly(JournalAction.SHARED, JournalAction.TEAM_NOTIFIED);
    }

    @Test
    void aCorruptLineIsReportedWithFileAndLine() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        new JsonlJournal(file).append(entry(JournalAction.SHARED));
        Files.writeString(file, "{\"at\": 12, \"action\": {}}\n", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> new JsonlJournal(file).entries())
                .isInstanceOf(JournalFormatException.class)
                .hasMessageStartingWith(file + ":2: not a journal entry");
    }

    @Test
    void unknownActionsFromANewerVigieAreKept() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        Files.writeString(file, "{\"at\":\"2026-11-26T10:00:00Z\",\"action\":\"TELEPORTED\",\"incidentIds\":[1],"
                + "\"newField\":true}\n");
        assertThat(new JsonlJournal(file).entries()).extracting(JournalEntry::action)
                .containsExactly(JournalAction.UNKNOWN);
    }

    @Test
    void missingFileIsAnEmptyJournal() {
        assertThat(new JsonlJournal(dir.resolve("none.jsonl")).entries()).isEmpty();
    }
}
