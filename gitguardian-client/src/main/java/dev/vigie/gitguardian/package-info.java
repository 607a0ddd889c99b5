/**
 * A small, tolerant client of the GitGuardian public API v1: {@link dev.vigie.gitguardian.GitGuardianClient}, its
 * builder, the list-call parameters and the API URL rules ({@link dev.vigie.gitguardian.GitGuardianUrls}).
 */
@NullMarked
@GitGuardianStyle
package dev.vigie.gitguardian;

import org.jspecify.annotations.NullMarked;
