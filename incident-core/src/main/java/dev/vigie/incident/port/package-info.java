/**
 * The ports the workflows use: a source of incidents and the actions on them, a chat, and an append-only journal.
 * The clock is {@link java.time.Clock}. Adapters live in the client modules ({@code dev.vigie.gitguardian.incident},
 * {@code dev.vigie.mattermost.incident}); tests and scripts may bring their own.
 */
@NullMarked
@VigieStyle
package dev.vigie.incident.port;

import dev.vigie.incident.VigieStyle;
import org.jspecify.annotations.NullMarked;
