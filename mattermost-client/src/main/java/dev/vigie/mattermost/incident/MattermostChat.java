package dev.vigie.mattermost.incident;

import dev.vigie.incident.port.ChannelVisibility;
import dev.vigie.incident.port.Chat;
import dev.vigie.incident.port.ChatChannel;
import dev.vigie.incident.port.ChatMessage;
import dev.vigie.incident.port.Marker;
import dev.vigie.incident.port.OutgoingMessage;
import dev.vigie.mattermost.MattermostClient;
import dev.vigie.mattermost.errors.NotFoundException;
import dev.vigie.mattermost.internal.PendingPostIds;
import dev.vigie.mattermost.model.Channel;
import dev.vigie.mattermost.model.CreatePost;
import dev.vigie.mattermost.model.Post;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * incident-core's {@link Chat} on Mattermost. Vigie's posts carry its {@link Marker} twice: as the post prop
 * {@value #MARKER_PROP} (read back by {@link #messagesSince}) and as a last line of hashtags {@code #vigie_gg<id>}
 * (one per incident, exact-match searchable). The current user's id and team ids are cached per instance.
 * Exceptions are those of {@link MattermostClient}.
 */
public final class MattermostChat implements Chat {

    /** The post prop holding {@link Marker#encode()}. */
    public static final String MARKER_PROP = "vigie_marker";

    /** Prefix of the hashtag marker: {@code #vigie_gg21460}. */
    public static final String HASHTAG_PREFIX = "#vigie_gg";

    private final MattermostClient client;
    private final Map<String, String> teamIds = new ConcurrentHashMap<>();
    private volatile @Nullable String myId;

    /** @param client the client, authenticated as Vigie's bot or user account */
    public MattermostChat(MattermostClient client) {
        this.client = client;
    }

    /**
     * Resolves a channel by team and channel URL names; empty when it does not exist or is not visible (404 or
     * 403). Types map {@code O} → PUBLIC, {@code P} → PRIVATE, {@code D} → DIRECT, {@code G} → GROUP, else UNKNOWN.
     */
    @Override
    public Optional<ChatChannel> channel(String team, String name) {
        Channel channel;
        try {
            channel = client.getChannelByNameForTeamName(team, name);
        } catch (NotFoundException | dev.vigie.mattermost.errors.ForbiddenException notVisible) {
            return Optional.empty();
        }
        if (!channel.teamId().isEmpty()) {
            teamIds.putIfAbsent(team, channel.teamId());
        }
        return Optional.of(ChatChannel.builder()
                .id(channel.id())
                .team(team)
                .name(channel.name().isEmpty() ? name : channel.name())
                .visibility(visibility(channel.type()))
                .build());
    }

    /**
     * Adds the current account to the channel; idempotent (joining twice keeps one membership).
     *
     * @throws dev.vigie.mattermost.errors.ForbiddenException for a private channel: a bot cannot add itself, someone
     *     must invite it
     */
    @Override
    public void join(ChatChannel channel) {
        client.addChannelMember(channel.id(), myId());
    }

    /**
     * Every live message posted at or after {@code since}, oldest first and complete (paging past the server's
     * 1,000-post cap of {@code since} reads). A marker prop counts only on posts of Vigie's own account: anybody can
     * set a prop through the API, and a forged marker must not make Vigie believe a team was told.
     */
    @Override
    public List<ChatMessage> messagesSince(ChatChannel channel, Instant since) {
        List<Post> posts = client.getAllPostsSince(channel.id(), since);
        boolean anyMarker = posts.stream().anyMatch(post -> post.stringProp(MARKER_PROP).isPresent());
        String me = anyMarker ? myId() : "";
        return posts.stream()
                .map(post -> toMessage(post, anyMarker && post.userId().equals(me)))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Posts the text followed by the hashtag line, with the marker prop, {@code root_id} when given, and a
     * {@code pending_post_id} derived from {@link OutgoingMessage#idempotencyKey()} (same key, same id), so a retry
     * within the server's 30-second window returns the first post.
     *
     * @throws dev.vigie.mattermost.errors.MessageTooLongException when text and hashtags exceed the limit
     */
    @Override
    public ChatMessage post(ChatChannel channel, OutgoingMessage message) {
        CreatePost.Builder body = CreatePost.builder()
                .channelId(channel.id())
                .message(withHashtags(message.text(), message.marker()))
                .putProps(MARKER_PROP, message.marker().encode())
                .pendingPostId(PendingPostIds.fromKey(message.idempotencyKey()));
        message.rootId().filter(id -> !id.isEmpty()).ifPresent(body::rootId);
        return toMessage(client.createPost(body.build()));
    }

    /** The current account's id, fetched once. */
    public String myId() {
        String id = myId;
        if (id == null) {
            id = client.getMe().id();
            myId = id;
        }
        return id;
    }

    /** The id of a team by name, fetched once per name. */
    public String teamId(String team) {
        return teamIds.computeIfAbsent(team, name -> client.getTeamByName(name).id());
    }

    static ChannelVisibility visibility(String type) {
        return switch (type) {
            case Channel.TYPE_OPEN -> ChannelVisibility.PUBLIC;
            case Channel.TYPE_PRIVATE -> ChannelVisibility.PRIVATE;
            case Channel.TYPE_DIRECT -> ChannelVisibility.DIRECT;
            case Channel.TYPE_GROUP -> ChannelVisibility.GROUP;
            default -> ChannelVisibility.UNKNOWN;
        };
    }

    static String withHashtags(String text, Marker marker) {
        if (marker.incidentIds().isEmpty()) {
            return text;
        }
        String tags = marker.incidentIds().stream().map(id -> HASHTAG_PREFIX + id).collect(Collectors.joining(" "));
        return text.endsWith("\n") ? text + tags : text + "\n" + tags;
    }

    static ChatMessage toMessage(Post post) {
        return toMessage(post, true);
    }

    static ChatMessage toMessage(Post post, boolean ownPost) {
        return ChatMessage.builder()
                .id(post.id())
                .channelId(post.channelId())
                .text(post.message())
                .createdAt(post.createdAt())
                .rootId(Optional.of(post.rootId()).filter(id -> !id.isEmpty()))
                .marker(ownPost ? post.stringProp(MARKER_PROP).flatMap(Marker::decode) : Optional.empty())
                .build();
    }

    @Override
    public String toString() {
        return "MattermostChat[" + client + "]";
    }
}
