package dev.vigie.mattermost.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Immutables style of the Mattermost client's models (conventions 4.3): the abstract type and its nested
 * {@code Builder} are the public API, the generated {@code Immutable*} class stays package-private, property names
 * come from the central mapper's {@code SNAKE_CASE} strategy, and redacted attributes print as {@code ****}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jdkOnly = true,
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        forceJacksonPropertyNames = false,
        redactedMask = "****",
        defaults = @Value.Immutable(copy = true))
public @interface MattermostStyle {}
