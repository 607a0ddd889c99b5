package dev.vigie.maven.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;

/** Env var by name first, then the settings.xml server decrypted; never the value in a message. */
class SecretResolverTest {

    private static final String ENCRYPTED = "{COQLCE6DU6GtcS5P=}";
    private static final String KEY = "ggtt-resolver-SECRET-42";

    private final SettingsDecrypter decrypter = mock(SettingsDecrypter.class);

    private MavenSession session(Server... servers) {
        Settings settings = new Settings();
        for (Server s : servers) {
            settings.addServer(s);
        }
        MavenSession session = mock(MavenSession.class);
        when(session.getSettings()).thenReturn(settings);
        return session;
    }

    private static Server server(String id, String password) {
        Server server = new Server();
        server.setId(id);
        server.setPassword(password);
        return server;
    }

    private void decryptTo(String password, SettingsProblem... problems) {
        when(decrypter.decrypt(any())).thenAnswer(call -> {
            SettingsDecryptionResult result = mock(SettingsDecryptionResult.class);
            Server decrypted = server("gitguardian", password);
            when(result.getServer()).thenReturn(decrypted);
            when(result.getProblems()).thenReturn(List.of(problems));
            return result;
        });
    }

    private Secret resolve(MavenSession session, Map<String, String> env) throws MojoExecutionException {
        return new SecretResolver(session, decrypter, env::get, new SystemStreamLog()).resolve("GitGuardian API key",
                "GITGUARDIAN_API_KEY", "incident.gitguardian.apiKeyEnv", "gitguardian", "incident.gitguardian.serverId",
                "Create a token.");
    }

    @Test
    void envVariableWinsAndIsTrimmed() throws Exception {
        Secret secret = resolve(session(server("gitguardian", ENCRYPTED)), Map.of("GITGUARDIAN_API_KEY", " " + KEY + "\n"));
        assertThat(secret.value()).isEqualTo(KEY);
        assertThat(secret.origin()).isEqualTo("env GITGUARDIAN_API_KEY");
        assertThat(secret.toString()).doesNotContain(KEY);
        verify(decrypter, never()).decrypt(any());
    }

    @Test
    void settingsServerIsDecryptedWhenTheVariableIsUnsetOrBlank() throws Exception {
        decryptTo(KEY);
        Secret secret = resolve(session(server("gitguardian", ENCRYPTED)), Map.of("GITGUARDIAN_API_KEY", "  "));
        assertThat(secret.value()).isEqualTo(KEY);
        assertThat(secret.origin()).isEqualTo("settings.xml server 'gitguardian'");
    }

    @Test
    void aDecryptionErrorIsAnExecutionErrorWithoutTheValue() {
        decryptTo(ENCRYPTED, new DefaultSettingsProblem("Failed to decrypt password for server gitguardian: "
                + "master password missing", SettingsProblem.Severity.ERROR, "server: gitguardian", -1, -1, null));
        Throwable error = catchThrowable(() -> resolve(session(server("gitguardian", ENCRYPTED)), Map.of()));
        assertThat(error).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Could not decrypt the password of settings.xml server 'gitguardian'")
                .hasMessageContaining("master password missing").hasMessageNotContaining(ENCRYPTED);
    }

    @Test
    void aFatalProblemIsAnExecutionErrorToo() {
        decryptTo(ENCRYPTED, new DefaultSettingsProblem("settings-security.xml unreadable",
                SettingsProblem.Severity.FATAL, "", -1, -1, null));
        assertThat(catchThrowable(() -> resolve(session(server("gitguardian", ENCRYPTED)), Map.of())))
                .isInstanceOf(MojoExecutionException.class).hasMessageContaining("settings-security.xml unreadable");
    }

    @Test
    void missingEverywhereNamesBothWays() {
        Throwable error = catchThrowable(() -> resolve(session(), Map.of()));
        assertThat(error).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("No GitGuardian API key found.")
                .hasMessageContaining("environment variable GITGUARDIAN_API_KEY")
                .hasMessageContaining("-Dincident.gitguardian.apiKeyEnv")
                .hasMessageContaining("settings.xml <server> with id 'gitguardian'")
                .hasMessageContaining("-Dincident.gitguardian.serverId");
    }
}
