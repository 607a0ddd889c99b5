package dev.vigie.gitguardian.incident;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.vigie.gitguardian.internal.Json;
import dev.vigie.gitguardian.model.SecretIncident;
import dev.vigie.incident.Incident;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.port.IncidentQuery;
import dev.vigie.incident.port.IncidentSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Incidents read from the offline export file ({@code incident.export}): a JSON array as
 * {@code GET /v1/sources/{id}/incidents/secrets} returns it, every incident belonging to one repository. Read with
 * the client's own model and mapper. The file is read on each call, so edits are picked up.
 */
public final class ExportFileIncidentSource implements IncidentSource {

    private static final TypeReference<List<SecretIncident>> LIST = new TypeReference<>() {};

    private final Path file;
    private final RepositoryRef repository;

    /**
     * @param file the export file
     * @param repository the repository every incident in it belongs to
     */
    public ExportFileIncidentSource(Path file, RepositoryRef repository) {
        this.file = file;
        this.repository = repository;
    }

    /**
     * Reads and maps an export file.
     *
     * @throws MalformedExportException when the file is missing, unreadable or malformed (message: path, line,
     *     column, cause)
     */
    public static List<Incident> read(Path file, RepositoryRef repository) {
        List<SecretIncident> api;
        try (InputStream in = Files.newInputStream(file)) {
            api = Json.mapper().readValue(in, LIST);
        } catch (NoSuchFileException missing) {
            throw new MalformedExportException(file, 0, 0, "GitGuardian export file " + file.toAbsolutePath()
                    + " does not exist. Check incident.export, or export the repository's incidents first.", missing);
        } catch (JsonProcessingException bad) {
            JsonLocation at = bad.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new MalformedExportException(file, line, column, "GitGuardian export file " + file.toAbsolutePath()
                    + " is malformed at line " + line + ", column " + column + ": " + bad.getOriginalMessage()
                    + ". Expected a JSON array of incidents as GET /v1/sources/{id}/incidents/secrets returns.", bad);
        } catch (IOException unreadable) {
            throw new MalformedExportException(file, 0, 0, "Could not read GitGuardian export file "
                    + file.toAbsolutePath() + ": " + unreadable, unreadable);
        }
        if (api == null) {
            throw new MalformedExportException(file, 1, 1, "GitGuardian export file " + file.toAbsolutePath()
                    + " holds null instead of a JSON array of incidents.", new IllegalArgumentException("null"));
        }
        List<Incident> incidents = new ArrayList<>(api.size());
        for (SecretIncident incident : api) {
            if (incident == null) {
                throw new MalformedExportException(file, 0, 0, "GitGuardian export file " + file.toAbsolutePath()
                        + " holds a null element (element " + (incidents.size() + 1) + ") in its array of incidents.",
                        new IllegalArgumentException("null element"));
            }
            incidents.add(IncidentMapper.toIncident(incident, Optional.of(repository), Optional.empty()));
        }
        return incidents;
    }

    /** The incidents of the file that {@code query} accepts. @throws MalformedExportException as {@link #read} */
    @Override
    public Stream<Incident> incidents(IncidentQuery query) {
        return read(file, repository).stream().filter(query::accepts);
    }

    /** The incident with this id in the file, if any (its occurrences as exported). */
    @Override
    public Optional<Incident> incident(long id) {
        return read(file, repository).stream().filter(i -> i.id() == id).findFirst();
    }

    @Override
    public String toString() {
        return "ExportFileIncidentSource{file=" + file + ", repository=" + repository + "}";
    }
}
