/**
 * Mattermost API v4 values, written by hand from the server's Go model. They are tolerant: unknown properties are
 * ignored, unknown enum values read as {@code UNKNOWN}, and a missing, {@code null} or {@code ""} string reads as
 * {@code ""}, a missing or {@code null} collection as empty. Free-form values ({@link Post#type()},
 * {@link Channel#type()}) stay strings, with constants for the known ones.
 */
@NullMarked
@MattermostStyle
package dev.vigie.mattermost.model;

import org.jspecify.annotations.NullMarked;
