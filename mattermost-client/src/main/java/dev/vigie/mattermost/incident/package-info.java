/** The adapter of incident-core's chat port onto Mattermost: {@link dev.vigie.mattermost.incident.MattermostChat}. */
@NullMarked
package dev.vigie.mattermost.incident;

import org.jspecify.annotations.NullMarked;
