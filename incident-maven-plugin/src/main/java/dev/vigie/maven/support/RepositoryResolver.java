package dev.vigie.maven.support;

import dev.vigie.incident.RepositoryRef;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.maven.model.Scm;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Which repository a build belongs to (PRODUCT.md, {@code incident.repository}): the parameter, else the project's
 * {@code <scm>} url, connection or developerConnection, else {@code git remote get-url origin} in the base
 * directory. Every form {@link RepositoryRef#parse} knows is accepted ({@code org/repo}, https, ssh,
 * {@code scm:git:}).
 */
public class RepositoryResolver {

    /** What was resolved, and from where (for the log and the reports). */
    public record Resolved(RepositoryRef repository, String origin) {}

    private final Log log;

    public RepositoryResolver(Log log) {
        this.log = log;
    }

    /**
     * @param configured the {@code incident.repository} parameter, may be null
     * @param project the current project (a stand-alone one without a pom)
     * @param basedir where to run {@code git}
     * @throws MojoExecutionException when no source names a repository; the message says to set
     *     {@code incident.repository} and lists what was tried
     */
    public Resolved resolve(String configured, MavenProject project, File basedir) throws MojoExecutionException {
        List<String> tried = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            return new Resolved(RepositoryRef.parse(configured).orElseThrow(() -> new MojoExecutionException(
                    "incident.repository '" + configured + "' does not name a repository: use org/repo or a "
                            + "GitHub/GitLab repository URL.")), "incident.repository");
        }
        Scm scm = project == null ? null : project.getScm();
        if (scm != null) {
            String[][] candidates = {{"project.scm.url", scm.getUrl()}, {"project.scm.connection", scm.getConnection()},
                {"project.scm.developerConnection", scm.getDeveloperConnection()}};
            for (String[] candidate : candidates) {
                if (candidate[1] != null && !candidate[1].isBlank()) {
                    Optional<RepositoryRef> ref = RepositoryRef.parse(candidate[1]);
                    if (ref.isPresent()) {
                        return new Resolved(ref.get(), candidate[0]);
                    }
                    tried.add(candidate[0] + " '" + candidate[1] + "' (not a repository)");
                }
            }
        } else {
            tried.add("project.scm (none)");
        }
        Optional<String> remote = gitRemote(basedir);
        if (remote.isPresent()) {
            Optional<RepositoryRef> ref = RepositoryRef.parse(remote.get());
            if (ref.isPresent()) {
                return new Resolved(ref.get(), "git remote origin");
            }
            tried.add("git remote origin '" + remote.get() + "' (not a repository)");
        } else {
            tried.add("git remote get-url origin in " + basedir + " (no git checkout or no origin)");
        }
        throw new MojoExecutionException("Cannot tell which repository to check. Set incident.repository (e.g. "
                + "-Dincident.repository=org/repo, or <incident.repository> in the pom's properties). Tried: "
                + String.join("; ", tried) + ".");
    }

    /** Runs {@code git remote get-url origin}; empty when git is missing, fails or has no origin. */
    protected Optional<String> gitRemote(File basedir) {
        if (basedir == null || !basedir.isDirectory()) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder("git", "remote", "get-url", "origin").directory(basedir)
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = process.getInputStream()) {
                in.transferTo(out);
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String text = out.toString(StandardCharsets.UTF_8).trim();
            if (process.exitValue() != 0 || text.isEmpty()) {
                log.debug("git remote get-url origin: exit " + process.exitValue());
                return Optional.empty();
            }
            return Optional.of(text.lines().findFirst().orElse(text));
        } catch (IOException e) {
            log.debug("git is not available: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
