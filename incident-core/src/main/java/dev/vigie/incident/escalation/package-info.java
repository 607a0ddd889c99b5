/**
 * Escalation at the top (PROCEDURE.md 5): for a confirmed RED, the security lead and the DPO correspondent to warn,
 * and when personal data is involved the GDPR art. 33 clock (72 hours, reminders at 24 and 48 hours). Everything is
 * computed from an injected {@link java.time.Clock}.
 */
@NullMarked
@VigieStyle
package dev.vigie.incident.escalation;

import dev.vigie.incident.VigieStyle;
import org.jspecify.annotations.NullMarked;
