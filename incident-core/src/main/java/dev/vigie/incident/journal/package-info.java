/** The journal port's file implementation: one JSON object per line, appended and forced to disk per action. */
@NullMarked
package dev.vigie.incident.journal;

import org.jspecify.annotations.NullMarked;
