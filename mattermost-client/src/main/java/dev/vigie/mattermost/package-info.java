/**
 * A small, tolerant, synchronous client of the Mattermost REST API v4: {@link dev.vigie.mattermost.MattermostClient}
 * (users, teams, channels, posts, search, direct messages), {@link dev.vigie.mattermost.IncomingWebhook} for
 * notify-only posting, and {@link dev.vigie.mattermost.MattermostText} for message length and escaping.
 */
@NullMarked
package dev.vigie.mattermost;

import org.jspecify.annotations.NullMarked;
