package dev.vigie.incident.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownEscaperTest {

    @Test
    void outsideTextCannotBreakACellOrFormMarkup() {
        assertThat(MarkdownEscaper.escape("src/`x`|[a](javascript:alert(1))<img src=x>\r\nnext"))
                .isEqualTo("src/\\`x\\`\\|\\[a\\](javascript:alert(1))\\<img src=x\\>  next");
    }

    @Test
    void onlyPlainHttpUrlsGoRawIntoLinks() {
        assertThat(MarkdownEscaper.isPlainUrl("https://dashboard.gitguardian.com/workspace/8/incidents/1")).isTrue();
        assertThat(MarkdownEscaper.isPlainUrl("javascript:alert(1)")).isFalse();
        assertThat(MarkdownEscaper.isPlainUrl("https://x.example/a) [b](https://evil")).isFalse();
        assertThat(MarkdownEscaper.isPlainUrl(null)).isFalse();
    }
}
