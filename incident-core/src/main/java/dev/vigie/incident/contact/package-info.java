/**
 * Contact plans (PROCEDURE.md 3): for a repository's match in the team directory and an alert level, the ordered
 * ways to reach the team, each with what the directory knows and what is missing.
 */
@NullMarked
@VigieStyle
package dev.vigie.incident.contact;

import dev.vigie.incident.VigieStyle;
import org.jspecify.annotations.NullMarked;
