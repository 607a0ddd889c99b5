package dev.vigie.gitguardian;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Immutables style of this module's value types (conventions 4.3): the abstract type is the public API, the
 * generated {@code Immutable*} class stays package-private, JSON names come from the mapper's SNAKE_CASE strategy,
 * and redacted attributes print as {@code ****}.
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
public @interface GitGuardianStyle {}
