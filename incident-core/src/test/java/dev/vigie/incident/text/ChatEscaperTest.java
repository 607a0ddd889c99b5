package dev.vigie.incident.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatEscaperTest {

    @Test
    void linksImagesAndAutolinksAreDefused() {
        assertThat(ChatEscaper.escape("[x](http://evil)")).isEqualTo("\\[x\\]\\(http:\u200B//evil\\)");
        assertThat(ChatEscaper.escape("![img](https://evil/p.png)")).doesNotContain("](").doesNotContain("://");
    }

    @Test
    void mentionsAreBrokenWithAnInvisibleSpace() {
        assertThat(ChatEscaper.escape("@channel @here @all @jean.dupont"))
                .isEqualTo("@\u200Bchannel @\u200Bhere @\u200Ball @\u200Bjean.dupont");
    }

    @Test
    void codeEmphasisHashtagsAndNewLinesAreNeutralised() {
        assertThat(ChatEscaper.escape("`rm -rf` *bold* _it_ #vigie_gg1 a|b\nsecond\r\nthird"))
                .isEqualTo("\\`rm -rf\\` \\*bold\\* \\_it\\_ \\#vigie\\_gg1 a\\|b second  third");
        assertThat(ChatEscaper.escape(null)).isEmpty();
    }

    @Test
    void ordinaryNamesReadTheSame() {
        assertThat(ChatEscaper.escape("betagouv/ma-cantine 2026-06-22 AWS Keys")).isEqualTo(
                "betagouv/ma-cantine 2026-06-22 AWS Keys");
    }
}
