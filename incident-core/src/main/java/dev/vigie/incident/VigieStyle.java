package dev.vigie.incident;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Immutables style of incident-core's value types: the abstract type and its nested {@code Builder} are the public
 * API, the generated {@code Immutable*} class stays package-private, and redacted attributes print as {@code ****}.
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
public @interface VigieStyle {}
