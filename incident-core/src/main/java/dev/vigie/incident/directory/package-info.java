/**
 * The team directory: who owns which repository and how to reach them. Loaded from the user's {@code teams.yaml}
 * (PRODUCT.md) and/or derived from the beta.gouv.fr public JSON files (betagouv-data.md), the user's file always
 * winning. {@link dev.vigie.incident.directory.TeamDirectory#match} maps a repository to a team, or says explicitly
 * that it is unmapped and what is missing.
 */
@NullMarked
@VigieStyle
package dev.vigie.incident.directory;

import dev.vigie.incident.VigieStyle;
import org.jspecify.annotations.NullMarked;
