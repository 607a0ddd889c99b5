package dev.vigie.mattermost.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A page of posts: ids in {@link #order()} (newest first) and the posts by id in {@link #posts()}. The map may hold
 * extra posts (thread roots and parents) that are not part of the page: use {@link #orderedPosts()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePostList.class)
@JsonDeserialize(as = ImmutablePostList.class)
public interface PostList {

    /** Post ids, newest first. */
    List<String> order();

    /** Posts by id, possibly with extra posts not in {@link #order()}. */
    Map<String, Post> posts();

    /** Cursor toward newer posts; {@code ""} at the end. */
    @Value.Default
    default String nextPostId() {
        return "";
    }

    /** Cursor toward older posts; {@code ""} at the end. */
    @Value.Default
    default String prevPostId() {
        return "";
    }

    /** Cloud plan limit: posts older than this (epoch ms) are not readable; {@code 0} when none. */
    @Value.Default
    default long firstInaccessiblePostTime() {
        return 0;
    }

    /**
     * The posts of this page in server order (newest first), looked up from {@link #order()}; extra posts of the map
     * are left out, and an id missing from the map is skipped.
     */
    default List<Post> orderedPosts() {
        List<Post> out = new ArrayList<>(order().size());
        for (String id : order()) {
            Post post = posts().get(id);
            if (post != null) {
                out.add(post);
            }
        }
        return List.copyOf(out);
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PostList}. */
    final class Builder extends ImmutablePostList.Builder {}
}
