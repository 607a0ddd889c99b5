package dev.vigie.gitguardian.incident;

import java.nio.file.Path;

/**
 * The offline export file is missing, unreadable or not a JSON array of incidents. The message names the file, and
 * for a parse error the line, the column and what was wrong, in words.
 */
public class MalformedExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;

    public MalformedExportException(Path file, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The export file. */
    public Path file() {
        return file;
    }

    /** 1-based line of the error; 0 when the file could not be read at all. */
    public int line() {
        return line;
    }

    /** 1-based column of the error; 0 when unknown. */
    public int column() {
        return column;
    }
}
