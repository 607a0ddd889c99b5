package dev.vigie.mattermost.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.mattermost.Fixtures;
import dev.vigie.mattermost.internal.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelsTest {

    private static <T> T read(String json, Class<T> type) throws Exception {
        return Json.mapper().readValue(json, type);
    }

    @Test
    void readsBotUserIgnoringUnknownFields() throws Exception {
        User me = read(Fixtures.read("user_me_bot.json"), User.class);
        assertThat(me.id()).isEqualTo("3u5h894awpn1mm8yw3w5hdrjqe");
        assertThat(me.username()).isEqualTo("notify");
        assertThat(me.isBot()).isTrue();
        assertThat(me.roles()).isEqualTo("system_user system_post_all_public");
    }

    @Test
    void readsUserListWithoutIsBot() throws Exception {
        List<User> users = Json.mapper().readValue(Fixtures.read("users_list_other_user.json"), Json.listOf(User.class));
        assertThat(users).singleElement().satisfies(u -> {
            assertThat(u.username()).isEqualTo("e.musk");
            assertThat(u.isBot()).isFalse();
        });
    }

    @Test
    void readsTeamChannelAndMember() throws Exception {
        Team team = read(Fixtures.read("team.json"), Team.class);
        assertThat(team.name()).isEqualTo("botfest");
        assertThat(team.type()).isEqualTo(TeamType.OPEN);

        Channel open = read(Fixtures.read("channel_open.json"), Channel.class);
        assertThat(open.type()).isEqualTo(Channel.TYPE_OPEN);
        assertThat(open.name()).isEqualTo("town-square");
        assertThat(open.teamId()).isEqualTo("qkne79cexidqdc7taf5ompajma");

        Channel direct = read(Fixtures.read("constructed_direct_channel.json"), Channel.class);
        assertThat(direct.type()).isEqualTo(Channel.TYPE_DIRECT);
        assertThat(direct.teamId()).isEmpty();

        ChannelMember member = read(Fixtures.read("constructed_channel_member.json"), ChannelMember.class);
        assertThat(member.roles()).isEqualTo("channel_user");
        assertThat(member.notifyProps()).containsEntry("ignore_channel_mentions", "default");
    }

    @Test
    void unknownEnumValueAndUnknownFieldsAreTolerated() throws Exception {
        Team team = read("{\"id\":\"t\",\"type\":\"X\",\"brand_new_field\":{\"a\":[1,2]},\"cloud_limits_archived\":true}",
                Team.class);
        assertThat(team.type()).isEqualTo(TeamType.UNKNOWN);
        assertThat(read("{\"id\":\"t\",\"type\":\"\"}", Team.class).type()).isEqualTo(TeamType.UNKNOWN);
        assertThat(read("{\"id\":\"t\",\"type\":null}", Team.class).type()).isEqualTo(TeamType.UNKNOWN);
    }

    @Test
    void missingNullAndEmptyFieldsReadAsDefaults() throws Exception {
        Post missing = read("{\"id\":\"p\"}", Post.class);
        Post nulls = read("{\"id\":\"p\",\"message\":null,\"props\":null,\"file_ids\":null,\"root_id\":null,"
                + "\"create_at\":null,\"participants\":null,\"type\":null}", Post.class);
        Post empty = read("{\"id\":\"p\",\"message\":\"\",\"props\":{},\"file_ids\":[],\"root_id\":\"\"}", Post.class);
        for (Post p : List.of(missing, nulls, empty)) {
            assertThat(p.message()).isEmpty();
            assertThat(p.rootId()).isEmpty();
            assertThat(p.type()).isEqualTo(Post.TYPE_NORMAL);
            assertThat(p.props()).isEmpty();
            assertThat(p.fileIds()).isEmpty();
            assertThat(p.createAt()).isZero();
            assertThat(p.threadRootId()).isEqualTo("p");
        }
        Post withNullProp = read("{\"id\":\"p\",\"props\":{\"a\":null,\"b\":\"x\"}}", Post.class);
        assertThat(withNullProp.props()).containsOnlyKeys("b");
    }

    @Test
    void readsBotPostWithNullParticipantsAndEmptyMetadata() throws Exception {
        Post post = read(Fixtures.read("post_created_by_bot.json"), Post.class);
        assertThat(post.message()).isEqualTo("Hi, there!");
        assertThat(post.stringProp("from_bot")).contains("true");
        assertThat(post.type()).isEqualTo("");
        assertThat(post.createdAt().toEpochMilli()).isEqualTo(1649958336651L);
    }

    @Test
    void postListFollowsOrderAndIgnoresExtraPosts() throws Exception {
        PostList empty = read(Fixtures.read("post_list_empty.json"), PostList.class);
        assertThat(empty.orderedPosts()).isEmpty();
        assertThat(empty.prevPostId()).isEmpty();

        String json = "{\"order\":[\"b\",\"a\"],\"posts\":{\"a\":{\"id\":\"a\",\"create_at\":1},"
                + "\"root\":{\"id\":\"root\",\"create_at\":0},\"b\":{\"id\":\"b\",\"create_at\":2,\"root_id\":\"root\"}},"
                + "\"next_post_id\":\"\",\"prev_post_id\":\"a\",\"has_next\":false,\"next_cursor\":\"zz\"}";
        PostList list = read(json, PostList.class);
        assertThat(list.orderedPosts()).extracting(Post::id).containsExactly("b", "a");
        assertThat(list.orderedPosts().get(0).threadRootId()).isEqualTo("root");
    }

    @Test
    void searchResultsAreAFlattenedPostListWithNullMatches() throws Exception {
        PostSearchResults results = read(Fixtures.read("constructed_search_result.json"), PostSearchResults.class);
        assertThat(results.orderedPosts()).extracting(Post::hashtags).containsExactly("#leak_inc2024_0042");
        assertThat(results.matches()).isEmpty();
        assertThat(results.matchesOf("u1teeaduyinbjf3n5brjbfoiyw")).isEmpty();
    }

    @Test
    void appErrorsRead() throws Exception {
        AppError error = read(Fixtures.read("app_error_spec_example.json"), AppError.class);
        assertThat(error.id()).isEqualTo("the.error.id");
        assertThat(error.requestId()).isEmpty();
        AppError login = read(Fixtures.read("app_error_401_login.json"), AppError.class);
        assertThat(login.statusCode()).isEqualTo(401);
    }

    @Test
    void createPostWritesSnakeCaseAndLeavesOutEmptyFields() throws Exception {
        CreatePost reply = CreatePost.builder().channelId("yuko5hzu7jdcineenpafttbbzw")
                .rootId("u1teeaduyinbjf3n5brjbfoiyw")
                .message("Update: credential rotated, closing INC2024-0042.").build();
        JsonNode written = Json.mapper().readTree(Json.mapper().writeValueAsString(reply));
        assertThat(written).isEqualTo(Json.mapper().readTree(Fixtures.read("constructed_create_reply_request.json")));
    }
}
