/**
 * GitGuardian API payloads as tolerant immutable values: unknown properties are ignored, unknown enum values map to
 * an {@code UNKNOWN} constant, nullable fields are {@code Optional}, absent lists are empty.
 */
@NullMarked
@GitGuardianStyle
package dev.vigie.gitguardian.model;

import dev.vigie.gitguardian.GitGuardianStyle;
import org.jspecify.annotations.NullMarked;
