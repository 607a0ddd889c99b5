/** Transport glue (OkHttp call loop, retries, error mapping) and the central JSON mapper. Not API. */
@NullMarked
package dev.vigie.mattermost.internal;

import org.jspecify.annotations.NullMarked;
