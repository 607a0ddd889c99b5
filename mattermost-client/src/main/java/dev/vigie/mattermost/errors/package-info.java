/**
 * The client's unchecked exceptions, rooted at {@link dev.vigie.mattermost.errors.MattermostException}. API errors
 * ({@link dev.vigie.mattermost.errors.MattermostApiException} and its subtypes) carry the HTTP status, the AppError
 * {@code id}, {@code message} and {@code request_id}, and the method and path; never the token or a webhook URL.
 */
@NullMarked
package dev.vigie.mattermost.errors;

import org.jspecify.annotations.NullMarked;
