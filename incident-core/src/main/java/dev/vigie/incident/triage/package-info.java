/**
 * The backlog procedure (PROCEDURE.md 6): which incidents are worked and in what order, which alert level to
 * propose, and the triage and follow-up workflows that act through the ports.
 */
@NullMarked
@VigieStyle
package dev.vigie.incident.triage;

import dev.vigie.incident.VigieStyle;
import org.jspecify.annotations.NullMarked;
