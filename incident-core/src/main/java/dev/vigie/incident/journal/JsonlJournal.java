package dev.vigie.incident.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.vigie.incident.port.Journal;
import dev.vigie.incident.port.JournalEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal as a JSON Lines file ({@code .vigie/journal.jsonl} by default): one entry per line, appended and
 * forced to disk before {@link #append} returns, so a run killed right after an action still has it recorded. A
 * torn line (a kill in the middle of a write) is skipped when reading; any other bad line is an error with its
 * line number. Safe for one writer at a time.
 */
public final class JsonlJournal implements Journal {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .setSerializationInclusion(JsonInclude.Include.NON_ABSENT);

    private final Path file;

    public JsonlJournal(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * @throws UncheckedIOException when the file or its folder cannot be written; the message names the file
     */
    @Override
    public synchronized void append(JournalEntry entry) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            byte[] line = (MAPPER.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                long end = channel.size();
                if (end > 0 && !endsWithNewline(channel)) {
                    // A kill mid-write left a torn line: start ours on a fresh one so both stay parseable.
                    end += channel.write(ByteBuffer.wrap(new byte[] {'\n'}), end);
                }
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    end += channel.write(buffer, end);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the journal " + file + ": " + e.getMessage()
                    + ". Check that the path given as incident.journal is writable.", e);
        }
    }

    /**
     * @throws JournalFormatException for a line that is not a journal entry (other than a torn one)
     * @throws UncheckedIOException when the file exists but cannot be read
     */
    @Override
    public synchronized List<JournalEntry> entries() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the journal " + file + ": " + e.getMessage(), e);
        }
        List<JournalEntry> entries = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                entries.add(MAPPER.readValue(line, JournalEntry.class));
            } catch (JsonProcessingException e) {
                if (!line.endsWith("}")) {
                    continue; // torn by a kill mid-write: that action was never recorded as done
                }
                throw new JournalFormatException(file + ":" + (i + 1) + ": not a journal entry ("
                        + e.getOriginalMessage() + "). Fix or remove that line; the journal is append-only text.", e);
            }
        }
        return entries;
    }

    private static boolean endsWithNewline(FileChannel channel) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, channel.size() - 1);
        return last.get(0) == '\n';
    }
}
