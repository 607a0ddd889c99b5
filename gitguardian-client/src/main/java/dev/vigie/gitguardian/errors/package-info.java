/**
 * The client's unchecked exceptions, rooted at {@link dev.vigie.gitguardian.errors.GitGuardianException}. None of
 * them ever carries the API key.
 */
@NullMarked
package dev.vigie.gitguardian.errors;

import org.jspecify.annotations.NullMarked;
