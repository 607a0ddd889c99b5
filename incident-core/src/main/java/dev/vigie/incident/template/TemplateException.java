package dev.vigie.incident.template;

/** A template could not be read, compiled or rendered; the message names the template and the cause. */
public class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
