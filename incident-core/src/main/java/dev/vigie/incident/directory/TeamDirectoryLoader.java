package dev.vigie.incident.directory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads a {@link TeamDirectory} from the user's {@code teams.yaml} (strict: a typo fails loudly with file and line),
 * from a folder of beta.gouv.fr public API files (lenient), or both merged, the user's file winning.
 */
public final class TeamDirectoryLoader {

    /** The file name of the user's directory inside a folder of beta.gouv.fr files. */
    public static final String TEAMS_FILE = "teams.yaml";
    /** The beta.gouv.fr API v2.7 files read from a folder, any subset holding one of the first two. */
    public static final List<String> BETAGOUV_FILES = List.of("startups.json", "startups_details.json",
            "incubators.json", "authors.json");

    private static final JsonFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();

    private TeamDirectoryLoader() {}

    /** {@link #load(Path, Clock)} with the system clock (member activity is judged on today's date). */
    public static TeamDirectory load(Path path) {
        return load(path, Clock.systemDefaultZone());
    }

    /**
     * Loads a {@code teams.yaml} file, or a folder holding beta.gouv.fr API files and/or a {@code teams.yaml} (the
     * two merged with {@link TeamDirectory#merge}, the user's file winning). A path naming one of the beta.gouv.fr
     * files loads its folder.
     *
     * @throws DirectoryFormatException when the path does not exist, holds nothing usable, or a file is malformed
     */
    public static TeamDirectory load(Path path, Clock clock) {
        if (Files.isDirectory(path)) {
            Path yaml = path.resolve(TEAMS_FILE);
            boolean hasBetaGouv = Files.isRegularFile(path.resolve("startups.json"))
                    || Files.isRegularFile(path.resolve("startups_details.json"));
            boolean hasYaml = Files.isRegularFile(yaml);
            if (!hasBetaGouv && !hasYaml) {
                throw new DirectoryFormatException(path.toString(), 0, 0, "no " + TEAMS_FILE
                        + ", startups.json or startups_details.json in this folder: write a " + TEAMS_FILE
                        + " (format in PRODUCT.md) or download the beta.gouv.fr files from "
                        + "https://beta.gouv.fr/api/v2.7/");
            }
            if (!hasBetaGouv) {
                return loadYaml(yaml);
            }
            TeamDirectory derived = fromBetaGouv(path, clock);
            return hasYaml ? TeamDirectory.merge(derived, loadYaml(yaml)) : derived;
        }
        Path name = path.getFileName();
        if (name != null && BETAGOUV_FILES.contains(name.toString()) && path.toAbsolutePath().getParent() != null) {
            return load(path.toAbsolutePath().getParent(), clock);
        }
        return loadYaml(path);
    }

    /** Reads a {@code teams.yaml} file, strictly. */
    public static TeamDirectory loadYaml(Path file) {
        return YamlDirectoryReader.read(read(YAML, file));
    }

    /** Parses {@code teams.yaml} text; {@code fileName} is what error messages call the source. */
    public static TeamDirectory parseYaml(String yaml, String fileName) {
        return YamlDirectoryReader.read(Node.read(YAML, new StringReader(yaml), fileName));
    }

    /** {@link #fromBetaGouv(Path, LocalDate)} for today in the clock's zone. */
    public static TeamDirectory fromBetaGouv(Path folder, Clock clock) {
        return fromBetaGouv(folder, LocalDate.now(clock));
    }

    /** {@link #fromBetaGouv(Path, LocalDate)} for today in the system's zone. */
    public static TeamDirectory fromBetaGouv(Path folder) {
        return fromBetaGouv(folder, Clock.systemDefaultZone());
    }

    /**
     * Builds a directory from the beta.gouv.fr public API files in {@code folder} (betagouv-data.md 7): one team per
     * startup, active members only (missions ending before {@code today} are past), member emails as labelled
     * guesses, no chat channel, no phone, no escalation (none of these are public).
     */
    public static TeamDirectory fromBetaGouv(Path folder, LocalDate today) {
        Path startups = folder.resolve("startups.json");
        Path details = folder.resolve("startups_details.json");
        if (!Files.isRegularFile(startups) && !Files.isRegularFile(details)) {
            throw new DirectoryFormatException(folder.toString(), 0, 0, "neither startups.json nor "
                    + "startups_details.json is in this folder: download them from https://beta.gouv.fr/api/v2.7/");
        }
        BetaGouvReader reader = new BetaGouvReader(today);
        readIfPresent(folder.resolve("startups.json"), reader::startups);
        readIfPresent(folder.resolve("startups_details.json"), reader::startupsDetails);
        readIfPresent(folder.resolve("incubators.json"), reader::incubators);
        readIfPresent(folder.resolve("authors.json"), reader::authors);
        return reader.build();
    }

    private static void readIfPresent(Path file, Consumer<Node> sink) {
        if (Files.isRegularFile(file)) {
            sink.accept(read(JSON, file));
        }
    }

    private static Node read(JsonFactory factory, Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Node.read(factory, reader, file.toString());
        } catch (NoSuchFileException e) {
            throw new DirectoryFormatException(file.toString(), 0, 0, "no such file: write a " + TEAMS_FILE
                    + " (format in PRODUCT.md) or point incident.directory at an existing file or folder", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
