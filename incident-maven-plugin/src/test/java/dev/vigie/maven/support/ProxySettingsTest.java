package dev.vigie.maven.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;
import java.util.Optional;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;

/** Maven settings proxy → OkHttp Proxy + Authenticator for one client; nonProxyHosts; decrypted password. */
class ProxySettingsTest {

    private final SettingsDecrypter decrypter = mock(SettingsDecrypter.class);

    private MavenSession session(org.apache.maven.settings.Proxy... proxies) {
        Settings settings = new Settings();
        for (org.apache.maven.settings.Proxy p : proxies) {
            settings.addProxy(p);
        }
        MavenSession session = mock(MavenSession.class);
        when(session.getSettings()).thenReturn(settings);
        when(decrypter.decrypt(any())).thenAnswer(call -> {
            var request = call.getArgument(0, org.apache.maven.settings.crypto.SettingsDecryptionRequest.class);
            org.apache.maven.settings.Proxy copy = request.getProxies().get(0).clone();
            copy.setPassword("decrypted-proxy-pass");
            SettingsDecryptionResult result = mock(SettingsDecryptionResult.class);
            when(result.getProxy()).thenReturn(copy);
            when(result.getProblems()).thenReturn(List.of());
            return result;
        });
        return session;
    }

    private static org.apache.maven.settings.Proxy proxy(String id, String nonProxyHosts, String user) {
        org.apache.maven.settings.Proxy p = new org.apache.maven.settings.Proxy();
        p.setId(id);
        p.setActive(true);
        p.setProtocol("https");
        p.setHost("proxy.corp.example");
        p.setPort(3128);
        p.setNonProxyHosts(nonProxyHosts);
        p.setUsername(user);
        p.setPassword("{ENCRYPTED}");
        return p;
    }

    @Test
    void activeProxyWithCredentialsBecomesAnOkHttpProxyAndAuthenticator() throws Exception {
        Optional<ProxySettings> settings = ProxySettings.fromSettings(session(proxy("corp", "localhost|*.internal",
                "alice")), decrypter, null, "https", "api.gitguardian.com", new SystemStreamLog());
        assertThat(settings).isPresent();
        assertThat(settings.get().proxy().type()).isEqualTo(Proxy.Type.HTTP);
        InetSocketAddress address = (InetSocketAddress) settings.get().proxy().address();
        assertThat(address.getHostString()).isEqualTo("proxy.corp.example");
        assertThat(address.getPort()).isEqualTo(3128);
        assertThat(settings.get().description()).contains("corp").doesNotContain("decrypted-proxy-pass");

        Request original = new Request.Builder().url("https://api.gitguardian.com/v1/sources").build();
        Response challenge = new Response.Builder().request(original).protocol(Protocol.HTTP_1_1).code(407)
                .message("Proxy Authentication Required").build();
        Request retried = settings.get().authenticator().orElseThrow().authenticate(null, challenge);
        assertThat(retried.header("Proxy-Authorization"))
                .isEqualTo(okhttp3.Credentials.basic("alice", "decrypted-proxy-pass"));
        Response refused = new Response.Builder().request(retried).protocol(Protocol.HTTP_1_1).code(407)
                .message("Proxy Authentication Required").build();
        assertThat(settings.get().authenticator().get().authenticate(null, refused)).as("no loop").isNull();
    }

    @Test
    void nonProxyHostsGoDirect() throws Exception {
        assertThat(ProxySettings.fromSettings(session(proxy("corp", "localhost|*.gitguardian.com", null)), decrypter,
                null, "https", "api.gitguardian.com", new SystemStreamLog())).isEmpty();
        assertThat(ProxySettings.isNonProxyHost("gitguardian.corp.example", "*.corp.example,other")).isTrue();
        assertThat(ProxySettings.isNonProxyHost("api.gitguardian.com", "gitguardian.com")).isFalse();
    }

    @Test
    void noProxyInSettingsMeansNone() throws Exception {
        assertThat(ProxySettings.fromSettings(session(), decrypter, null, "https", "api.gitguardian.com",
                new SystemStreamLog())).isEmpty();
    }

    @Test
    void anUnknownProxyIdIsAnExecutionError() {
        assertThat(catchThrowable(() -> ProxySettings.fromSettings(session(proxy("corp", null, null)), decrypter,
                "other", "https", "api.gitguardian.com", new SystemStreamLog())))
                .isInstanceOf(MojoExecutionException.class).hasMessageContaining("No <proxy> with id 'other'");
    }
}
