package dev.vigie.incident.directory;

import java.util.Optional;

/**
 * A team directory file that cannot be used: malformed YAML or JSON, a wrong type, a missing team id or name, an
 * unknown key, a repository entry that names no repository. The message reads
 * {@code teams.yaml:12:5: <what is wrong and how to fix it>} (line and column 1-based, left out when unknown).
 */
public final class DirectoryFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public DirectoryFormatException(String file, int line, int column, String problem) {
        this(file, line, column, problem, null);
    }

    public DirectoryFormatException(String file, int line, int column, String problem, Throwable cause) {
        super(format(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String file, int line, int column, String problem) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": ").append(problem).toString();
    }

    /** The file as the caller named it. */
    public String file() {
        return file;
    }

    /** 1-based line, when known. */
    public Optional<Integer> line() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    /** 1-based column, when known. */
    public Optional<Integer> column() {
        return column > 0 ? Optional.of(column) : Optional.empty();
    }

    /** What is wrong and how to fix it, without the location. */
    public String problem() {
        return problem;
    }
}
