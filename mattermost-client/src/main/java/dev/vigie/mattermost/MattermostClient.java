package dev.vigie.mattermost;

import dev.vigie.incident.http.AutoPager;
import dev.vigie.mattermost.internal.Api;
import dev.vigie.mattermost.internal.HttpClients;
import dev.vigie.mattermost.internal.HttpSettings;
import dev.vigie.mattermost.internal.Json;
import dev.vigie.mattermost.internal.PendingPostIds;
import dev.vigie.mattermost.internal.PostReader;
import dev.vigie.mattermost.internal.RetryMode;
import dev.vigie.mattermost.internal.Searches;
import dev.vigie.mattermost.model.Channel;
import dev.vigie.mattermost.model.ChannelMember;
import dev.vigie.mattermost.model.CreatePost;
import dev.vigie.mattermost.model.Post;
import dev.vigie.mattermost.model.PostList;
import dev.vigie.mattermost.model.PostSearch;
import dev.vigie.mattermost.model.PostSearchResults;
import dev.vigie.mattermost.model.Team;
import dev.vigie.mattermost.model.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * A synchronous Mattermost REST API v4 client authenticated with a personal or bot access token. Method names
 * mirror the official Go driver. Thread-safe; share one instance. Every call throws the unchecked exceptions of
 * {@link dev.vigie.mattermost.errors}: {@code MattermostApiException} subtypes for error statuses (after the retries
 * the policy allows), {@code MattermostIoException} for network failures, {@code MattermostDecodeException} for an
 * unreadable success body. Reads are retried; creating calls are retried only when that cannot duplicate anything.
 * The token never appears in {@link #toString()}, logs or exception messages.
 */
public final class MattermostClient {

    private final Api api;
    private final int maxPages;

    private MattermostClient(Api api, int maxPages) {
        this.api = api;
        this.maxPages = maxPages;
    }

    /** A builder with the defaults described on its methods. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from {@code MATTERMOST_URL} and {@code MATTERMOST_TOKEN}.
     *
     * @throws IllegalArgumentException when a variable is missing or invalid (the message names it, never its value)
     */
    public static MattermostClient fromEnv() {
        return builder().fromEnv().build();
    }

    /** {@code GET /users/me}: the token's own account (its id is needed to join, post and open direct channels). */
    public User getMe() {
        return api.get(api.url("users", "me").build(), Json.type(User.class));
    }

    /**
     * {@code GET /teams/name/{name}}.
     *
     * @throws dev.vigie.mattermost.errors.NotFoundException when there is no such team, or it is not visible
     */
    public Team getTeamByName(String name) {
        return api.get(api.url("teams", "name", name).build(), Json.type(Team.class));
    }

    /**
     * {@code GET /teams/name/{team}/channels/name/{channel}}: a channel by URL names, in one call.
     *
     * @throws dev.vigie.mattermost.errors.NotFoundException or {@code ForbiddenException} when the team or channel
     *     does not exist or the account cannot see it ({@link #getTeamByName} tells which)
     */
    public Channel getChannelByNameForTeamName(String teamName, String channelName) {
        HttpUrl url = api.url("teams", "name", teamName, "channels", "name", channelName).build();
        return api.get(url, Json.type(Channel.class));
    }

    /**
     * {@code POST /channels/{id}/members}: adds a user (e.g. the bot itself) to a channel. Joining when already a
     * member returns the membership. Not retried after a failure that may have reached the server, except 429.
     *
     * @throws dev.vigie.mattermost.errors.ForbiddenException for a private channel the account may not manage
     */
    public ChannelMember addChannelMember(String channelId, String userId) {
        return api.post(api.url("channels", channelId, "members").build(), Map.of("user_id", userId),
                RetryMode.UNSAFE, Json.type(ChannelMember.class));
    }

    /**
     * {@code POST /posts?set_online=false}. The message length is checked first. A {@code pending_post_id} is always
     * sent (the given one, else a fresh one) and reused for every retry, which happen only within the server's
     * dedupe window: a retried create returns the first post instead of a duplicate.
     *
     * @throws dev.vigie.mattermost.errors.MessageTooLongException before sending, for more than 16,383 code points
     * @throws dev.vigie.mattermost.errors.BadRequestException e.g. for a reply to a reply or an archived channel
     */
    public Post createPost(CreatePost post) {
        MattermostText.requireFits(post.message());
        CreatePost body = post.pendingPostId().isPresent()
                ? post : CreatePost.builder().from(post).pendingPostId(PendingPostIds.random()).build();
        HttpUrl url = api.url("posts").addQueryParameter("set_online", "false").build();
        return api.post(url, body, RetryMode.DEDUPED, Json.type(Post.class));
    }

    /**
     * {@code GET /channels/{id}/posts?since=…}: one read of the posts created or modified since the instant,
     * <b>capped by the server at 1,000 and not paged</b>. Use {@link #getAllPostsSince} for a complete read.
     */
    public PostList getPostsSince(String channelId, Instant since) {
        HttpUrl url = api.url("channels", channelId, "posts")
                .addQueryParameter("since", Long.toString(since.toEpochMilli())).build();
        return api.get(url, Json.type(PostList.class));
    }

    /** {@code GET /channels/{id}/posts?page=…&per_page=…}: one page, newest first (page 0 is the newest). */
    public PostList getPostsForChannel(String channelId, int page, int perPage) {
        HttpUrl url = api.url("channels", channelId, "posts").addQueryParameter("page", Integer.toString(page))
                .addQueryParameter("per_page", Integer.toString(perPage)).build();
        return api.get(url, Json.type(PostList.class));
    }

    /** {@code GET /channels/{id}/posts?before={postId}&page=…&per_page=…}: older posts than {@code postId}. */
    public PostList getPostsBefore(String channelId, String postId, int page, int perPage) {
        HttpUrl url = api.url("channels", channelId, "posts").addQueryParameter("before", postId)
                .addQueryParameter("page", Integer.toString(page))
                .addQueryParameter("per_page", Integer.toString(perPage)).build();
        return api.get(url, Json.type(PostList.class));
    }

    /**
     * Every live post created in the channel at or after {@code since}, oldest first, complete: the capped
     * {@code since} read, and when it comes back full (1,000 posts), a backwards walk with {@code before} instead.
     * Deleted posts and older posts edited since are left out.
     *
     * @throws dev.vigie.incident.http.PageLimitExceededException beyond the builder's page limit
     */
    public List<Post> getAllPostsSince(String channelId, Instant since) {
        return readerFor(channelId).allSince(since);
    }

    /**
     * The channel's posts newest first, down to the oldest created at or after {@code until}, fetched lazily 200
     * per request with {@code before} cursors.
     */
    public AutoPager<Post> iteratePostsUntil(String channelId, Instant until) {
        return readerFor(channelId).backwardsUntil(until);
    }

    private PostReader readerFor(String channelId) {
        return new PostReader(since -> getPostsSince(channelId, since),
                (before, perPage) -> before.isPresent()
                        ? getPostsBefore(channelId, before.get(), 0, perPage)
                        : getPostsForChannel(channelId, 0, perPage),
                maxPages);
    }

    /**
     * {@code POST /teams/{id}/posts/search}. Date bounds are widened to the server's exclusive day flags and then
     * applied exactly on the client. Results are newest first ({@link PostSearchResults#orderedPosts()}); the server
     * may cap them.
     */
    public PostSearchResults searchPosts(String teamId, PostSearch search) {
        PostSearchResults raw = api.post(api.url("teams", teamId, "posts", "search").build(),
                Searches.body(search), RetryMode.SAFE, Json.type(PostSearchResults.class));
        return Searches.filter(raw, search);
    }

    /** {@code POST /users/usernames}: the users found; unknown usernames are simply absent. */
    public List<User> getUsersByUsernames(List<String> usernames) {
        return api.post(api.url("users", "usernames").build(), List.copyOf(usernames), RetryMode.SAFE,
                Json.listOf(User.class));
    }

    /**
     * {@code GET /users/email/{email}}.
     *
     * @throws dev.vigie.mattermost.errors.NotFoundException when no visible user has that email
     */
    public User getUserByEmail(String email) {
        return api.get(api.url("users", "email", email).build(), Json.type(User.class));
    }

    /**
     * {@code POST /channels/direct}: gets or creates the direct channel of two users, one of them the caller.
     * Idempotent: calling it again returns the same channel.
     */
    public Channel createDirectChannel(String userId, String otherUserId) {
        return api.post(api.url("channels", "direct").build(), List.of(userId, otherUserId), RetryMode.SAFE,
                Json.type(Channel.class));
    }

    /** The site URL; never the token. */
    @Override
    public String toString() {
        return "MattermostClient[" + api.siteUrl() + ", token=****]";
    }

    /**
     * Configures a {@link MattermostClient}. Required: {@link #siteUrl} and {@link #token} (or {@link #fromEnv}).
     * HTTP settings and their defaults are those of {@link HttpSettings}; at most 500 pages per backwards walk.
     */
    public static final class Builder extends HttpSettings<Builder> {
        private @Nullable String siteUrl;
        private @Nullable String token;
        private int maxPages = 500;

        private Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /** The server's site URL ({@code https://chat.example.org}); https unless the host is loopback. */
        public Builder siteUrl(String siteUrl) {
            this.siteUrl = siteUrl;
            return this;
        }

        /** A personal or bot access token, sent as {@code Authorization: Bearer}. Trimmed; must not be empty. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /** Reads {@code MATTERMOST_URL} and {@code MATTERMOST_TOKEN} from the environment, where set. */
        public Builder fromEnv() {
            return fromEnv(System.getenv());
        }

        /** Reads {@code MATTERMOST_URL} and {@code MATTERMOST_TOKEN} from {@code env}, where set. */
        public Builder fromEnv(Map<String, String> env) {
            Optional.ofNullable(env.get("MATTERMOST_URL")).filter(v -> !v.isBlank()).ifPresent(this::siteUrl);
            Optional.ofNullable(env.get("MATTERMOST_TOKEN")).filter(v -> !v.isBlank()).ifPresent(this::token);
            return this;
        }

        /** The most pages one backwards walk may request (200 posts each). */
        public Builder maxPages(int maxPages) {
            this.maxPages = maxPages;
            return this;
        }

        /**
         * Builds the client.
         *
         * @throws IllegalArgumentException for a missing or invalid setting (never echoing the token)
         */
        public MattermostClient build() {
            HttpUrl site = HttpClients.siteUrl(siteUrl, "Mattermost site URL (MATTERMOST_URL)");
            String bearer = HttpClients.token(token);
            return new MattermostClient(new Api(site, bearer, userAgentValue(), transport(site, bearer)), maxPages);
        }

        @Override
        public String toString() {
            return "MattermostClient.Builder[" + siteUrl + ", token=" + (token == null ? "unset" : "****") + "]";
        }
    }
}
