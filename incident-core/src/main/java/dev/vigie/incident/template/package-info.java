/**
 * Mustache templates for chat messages (PROCEDURE.md 1.1, 6.5, 6.6 and the follow-up) and incident report stubs
 * (PROCEDURE.md 7), loaded from the classpath and overridable by a user file. In chat templates every
 * {@code {{value}}} is escaped with {@link dev.vigie.incident.text.ChatEscaper}; in reports, with
 * {@link dev.vigie.incident.template.MarkdownEscaper}. Only values Vigie built itself are inserted raw.
 */
@NullMarked
@VigieStyle
package dev.vigie.incident.template;

import dev.vigie.incident.VigieStyle;
import org.jspecify.annotations.NullMarked;
