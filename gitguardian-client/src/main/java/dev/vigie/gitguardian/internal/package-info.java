/** Transport glue (OkHttp call loop applying core's retry policy) and the JSON mapper. Not API: may change. */
@NullMarked
package dev.vigie.gitguardian.internal;

import org.jspecify.annotations.NullMarked;
