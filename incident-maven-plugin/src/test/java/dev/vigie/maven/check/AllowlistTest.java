package dev.vigie.maven.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllowlistTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path file = dir.resolve("allowlist.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsEntriesAndExpiryIsInclusive() throws Exception {
        Allowlist list = Allowlist.read(file("# accepted\n- id: 12\n  reason: fixture\n  expires: 2026-12-31\n"
                + "- id: \"13\"\n  reason: forever\n"));
        assertThat(list.entries()).hasSize(2);
        Allowlist.Entry entry = list.entry(12).orElseThrow();
        assertThat(entry.line()).isEqualTo(2);
        assertThat(entry.isExpired(LocalDate.parse("2026-12-31"))).isFalse();
        assertThat(entry.isExpired(LocalDate.parse("2027-01-01"))).isTrue();
        assertThat(list.entry(13).orElseThrow().isExpired(LocalDate.MAX)).isFalse();
        assertThat(list.describe()).endsWith("allowlist.yaml (2 entries)");
    }

    @Test
    void anEmptyFileAcceptsNothing() throws Exception {
        assertThat(Allowlist.read(file("")).entries()).isEmpty();
    }

    @Test
    void errorsNameTheFileAndTheLine() throws Exception {
        assertThat(catchThrowable(() -> Allowlist.read(file("- id: 1\n  reason: a\n- reason: no id\n"))))
                .isInstanceOf(AllowlistException.class).hasMessageContaining("is malformed at line 3")
                .hasMessageContaining("numeric 'id'");
        assertThat(catchThrowable(() -> Allowlist.read(file("- id: 1\n"))))
                .hasMessageContaining("line 1").hasMessageContaining("no 'reason'");
        assertThat(catchThrowable(() -> Allowlist.read(file("- id: 1\n  reason: a\n  expire: 2026-01-01\n"))))
                .hasMessageContaining("unknown key 'expire'");
        assertThat(catchThrowable(() -> Allowlist.read(file("- id: 1\n  reason: [a\n"))))
                .hasMessageContaining("not valid YAML");
        assertThat(catchThrowable(() -> Allowlist.read(file("id: 1\n"))))
                .hasMessageContaining("expected a list of entries");
        assertThat(catchThrowable(() -> Allowlist.read(file("- id: 1\n  reason: a\n- id: 1\n  reason: b\n"))))
                .hasMessageContaining("listed twice (first at line 1)");
        assertThat(catchThrowable(() -> Allowlist.read(dir.resolve("missing.yaml"))))
                .hasMessageContaining("does not exist");
    }
}
