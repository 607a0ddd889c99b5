/**
 * The ops team's security-alert procedure as a domain model: severities, statuses, alert levels and the
 * {@link dev.vigie.incident.Incident} view the workflows act on. Nothing here performs HTTP.
 */
@NullMarked
@VigieStyle
package dev.vigie.incident;

import org.jspecify.annotations.NullMarked;
