package dev.vigie.maven.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.apache.maven.model.Scm;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** incident.repository, else project.scm, else git remote origin; nothing → says to set incident.repository. */
class RepositoryResolverTest {

    @TempDir
    Path dir;

    private static int git(Path dir, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    @Test
    void parameterWinsThenScmUrlThenConnections() throws Exception {
        RepositoryResolver resolver = new RepositoryResolver(new SystemStreamLog());
        MavenProject project = new MavenProject();
        Scm scm = new Scm();
        scm.setDeveloperConnection("scm:git:ssh://git@github.com/org/dev-conn.git");
        project.getModel().setScm(scm);
        assertThat(resolver.resolve(" https://github.com/Org/Param/tree/main ", project, dir.toFile()).repository()
                .path()).isEqualTo("org/param");
        RepositoryResolver.Resolved fromDev = resolver.resolve(null, project, dir.toFile());
        assertThat(fromDev.repository().path()).isEqualTo("org/dev-conn");
        assertThat(fromDev.origin()).isEqualTo("project.scm.developerConnection");
        scm.setUrl("https://gitlab.com/group/sub/project");
        assertThat(resolver.resolve(null, project, dir.toFile()).repository().path()).isEqualTo("group/sub/project");
    }

    @Test
    void gitRemoteOriginIsTheFallback() throws Exception {
        if (git(dir, "init", "-q") != 0) {
            return; // no git on this machine: the invoker IT check-without-pom covers it where git exists
        }
        git(dir, "remote", "add", "origin", "git@github.com:Org/From-Git.git");
        RepositoryResolver.Resolved resolved = new RepositoryResolver(new SystemStreamLog())
                .resolve(null, new MavenProject(), dir.toFile());
        assertThat(resolved.repository().path()).isEqualTo("org/from-git");
        assertThat(resolved.origin()).isEqualTo("git remote origin");
    }

    @Test
    void nothingSaysToSetIncidentRepositoryAndWhatWasTried() {
        Throwable error = catchThrowable(() -> new RepositoryResolver(new SystemStreamLog())
                .resolve(null, new MavenProject(), dir.toFile()));
        assertThat(error).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Set incident.repository").hasMessageContaining("project.scm (none)")
                .hasMessageContaining("git remote get-url origin");
        assertThat(catchThrowable(() -> new RepositoryResolver(new SystemStreamLog())
                .resolve("just-an-org", new MavenProject(), dir.toFile())))
                .hasMessageContaining("'just-an-org' does not name a repository");
    }
}
