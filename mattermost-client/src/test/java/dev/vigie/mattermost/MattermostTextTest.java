package dev.vigie.mattermost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.mattermost.errors.MessageTooLongException;
import dev.vigie.mattermost.model.CreatePost;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class MattermostTextTest {

    @Test
    void lengthIsCountedInCodePoints() {
        String emoji = "\uD83D\uDEA8"; // one code point, two chars
        String fits = emoji.repeat(MattermostText.MAX_MESSAGE_CODE_POINTS);
        assertThat(fits.length()).isEqualTo(2 * MattermostText.MAX_MESSAGE_CODE_POINTS);
        assertThat(MattermostText.requireFits(fits)).isSameAs(fits);
        assertThatThrownBy(() -> MattermostText.requireFits(fits + "x"))
                .isInstanceOf(MessageTooLongException.class)
                .hasMessageContaining("16384 code points").hasMessageContaining("16383");
    }

    @Test
    void tooLongMessageIsRefusedBeforeSending() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            MattermostClient client = new TestSupport().client(server);
            MessageTooLongException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    MessageTooLongException.class,
                    () -> client.createPost(CreatePost.builder().channelId("c").message("a".repeat(16_384)).build()));
            assertThat(e.codePoints()).isEqualTo(16_384);
            assertThat(e.limit()).isEqualTo(16_383);
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void splitPrefersLineBreaksAndKeepsSurrogatePairs() {
        String text = "line one\nline two\nline three";
        assertThat(MattermostText.split(text, 12)).containsExactly("line one\n", "line two\n", "line three");
        List<String> parts = MattermostText.split("\uD83D\uDEA8".repeat(5), 2);
        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(MattermostText.codePoints(p)).isLessThanOrEqualTo(2));
        assertThat(String.join("", parts)).isEqualTo("\uD83D\uDEA8".repeat(5));
        assertThat(MattermostText.split("short", 100)).containsExactly("short");
    }

    @Test
    void hostileTextIsEscaped() {
        String hostile = "[x](http://evil) @channel #vigie_gg1 **bold**\nnext";
        String escaped = MattermostText.escape(hostile);
        assertThat(escaped).doesNotContain("[x](").doesNotContain("@channel").doesNotContain("http://")
                .doesNotContain("\n").doesNotContain(" #vigie").doesNotContain("**");
        assertThat(escaped).contains("\\[x\\]", "@\u200Bchannel");
        assertThat(escaped.replace("\u200B", "").replace("\\", "")).isEqualTo(hostile.replace('\n', ' '));
    }
}
