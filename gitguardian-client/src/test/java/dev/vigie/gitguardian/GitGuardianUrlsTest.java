package dev.vigie.gitguardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GitGuardianUrlsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://api.gitguardian.com, https://api.gitguardian.com",
        "https://api.gitguardian.com/, https://api.gitguardian.com",
        "https://api.gitguardian.com/v1, https://api.gitguardian.com",
        "https://api.gitguardian.com/v1/, https://api.gitguardian.com",
        "'  https://dashboard.gitguardian.com\n', https://api.gitguardian.com",
        "https://dashboard.eu1.gitguardian.com, https://api.eu1.gitguardian.com",
        "https://api.eu1.gitguardian.com/, https://api.eu1.gitguardian.com",
        "https://dashboard-staging.gitguardian.tech, https://api-staging.gitguardian.tech",
        "https://gg.example.org, https://gg.example.org/exposed",
        "https://gg.example.org/, https://gg.example.org/exposed",
        "https://gg.example.org/exposed, https://gg.example.org/exposed",
        "https://gg.example.org/exposed/v1/, https://gg.example.org/exposed",
        "https://gg.example.org:8443/gitguardian, https://gg.example.org:8443/gitguardian/exposed",
        "https://www.gitguardian.com, https://www.gitguardian.com/exposed",
        "http://localhost:8080, http://localhost:8080/exposed",
        "http://127.0.0.1:9000/exposed/v1, http://127.0.0.1:9000/exposed",
    })
    void derivesTheApiUrl(String configured, String expected) {
        assertThat(GitGuardianUrls.apiUrl(configured)).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.gitguardian.com", "http://gg.example.org", "http://10.0.0.1:8080"})
    void refusesPlainHttpToANonLoopbackHost(String url) {
        assertThatThrownBy(() -> GitGuardianUrls.apiUrl(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain http")
                .hasMessageContaining("Use https");
        assertThatThrownBy(() -> GitGuardianClient.builder().baseUrl(url))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://dashboard.gitguardian.com/workspace/8", "https://api.gitguardian.com/other"})
    void refusesASaasUrlWithAPath(String url) {
        assertThatThrownBy(() -> GitGuardianUrls.apiUrl(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not have a path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gitguardian", "ftp://api.gitguardian.com", "https://exa mple.org"})
    void refusesWhatIsNotAnHttpUrl(String url) {
        assertThatThrownBy(() -> GitGuardianUrls.apiUrl(url)).isInstanceOf(IllegalArgumentException.class);
    }
}
