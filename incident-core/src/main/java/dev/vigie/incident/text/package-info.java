/** Text safety for chat messages built from outside data. */
@NullMarked
package dev.vigie.incident.text;

import org.jspecify.annotations.NullMarked;
