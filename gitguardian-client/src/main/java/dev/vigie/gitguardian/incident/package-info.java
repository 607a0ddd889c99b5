/**
 * Adapters implementing incident-core's ports on top of the GitGuardian client and of the offline export file.
 */
@NullMarked
package dev.vigie.gitguardian.incident;

import org.jspecify.annotations.NullMarked;
