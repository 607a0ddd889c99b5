package dev.vigie.incident.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Compiles and renders Mustache templates with an escaping function of our choosing in place of mustache.java's
 * HTML escaping (our output is Markdown, not HTML).
 */
final class MustacheRenderer {

    private final DefaultMustacheFactory factory;

    MustacheRenderer(UnaryOperator<String> escaper) {
        this.factory = new DefaultMustacheFactory() {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(escaper.apply(value));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Compiles a built-in template from the classpath. */
    Mustache classpath(String resource) {
        InputStream in = MustacheRenderer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Built-in template " + resource + " is missing from the Vigie jar");
        }
        return compile(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
    }

    /**
     * Compiles a user's template file.
     *
     * @throws TemplateException when the file cannot be read or is not valid Mustache, with the file and the cause
     */
    Mustache file(Path path) {
        try {
            return compile(Files.newBufferedReader(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new TemplateException("Cannot read template " + path + ": " + e.getMessage()
                    + ". Check the path given as the template.", e);
        }
    }

    private Mustache compile(Reader reader, String name) {
        try (reader) {
            return factory.compile(reader, name);
        } catch (MustacheException e) {
            throw new TemplateException("Template " + name + " is not valid Mustache: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(Mustache template, Object scope) {
        StringWriter out = new StringWriter();
        try {
            template.execute(out, scope).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MustacheException e) {
            throw new TemplateException("Template " + template.getName() + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
