package dev.vigie.incident;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository named the same way whatever URL form it came in (betagouv-data.md 8.2): {@code org/repo} in lower
 * case, GitLab subgroups kept, with the forge host kept aside to break ties. Two refs are equal when their paths
 * are equal: the host does not take part in equality, since most inputs ({@code org/repo}) carry none.
 */
public final class RepositoryRef implements Comparable<RepositoryRef> {

    private static final Pattern SCP_LIKE = Pattern.compile("^(?:[\\w.+-]+@)?([\\w.-]+):(?!//)(.+)$");
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEEP_PATH = Pattern.compile("/(?:-/)?(?:tree|blob|commits?|issues|pulls?|wiki|"
            + "merge_requests|actions|releases|tags|branches)(?:/.*)?$");

    private final String path;
    private final String host;

    private RepositoryRef(String path, String host) {
        this.path = path;
        this.host = host;
    }

    /**
     * Normalises any repository form: {@code org/repo}, {@code https://github.com/Org/Repo.git},
     * {@code git@github.com:org/repo.git}, {@code ssh://git@host/org/repo}, {@code scm:git:…}, with
     * {@code /tree/…}, {@code #…}, {@code ?…} or a trailing {@code /}.
     *
     * @return empty when the text does not name a repository: blank, a single segment (an organisation), or a
     *     GitHub {@code orgs/…} page. Never throws.
     */
    public static Optional<RepositoryRef> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        if (s.regionMatches(true, 0, "scm:git:", 0, 8)) {
            s = s.substring(8);
        } else if (s.regionMatches(true, 0, "scm:", 0, 4)) {
            return Optional.empty();
        }
        s = cut(cut(s, '#'), '?');
        String host = "";
        Matcher scheme = SCHEME.matcher(s);
        if (scheme.find()) {
            s = s.substring(scheme.end());
            int at = s.indexOf('@');
            int slash = s.indexOf('/');
            if (at >= 0 && (slash < 0 || at < slash)) {
                s = s.substring(at + 1);
            }
            slash = s.indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            host = stripPort(s.substring(0, slash));
            s = s.substring(slash + 1);
        } else {
            Matcher scp = SCP_LIKE.matcher(s);
            if (scp.matches() && scp.group(1).contains(".")) {
                host = scp.group(1);
                s = scp.group(2);
            } else if (looksLikeHost(s)) {
                int slash = s.indexOf('/');
                host = s.substring(0, slash);
                s = s.substring(slash + 1);
            }
        }
        s = DEEP_PATH.matcher(s).replaceFirst("");
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.toLowerCase(Locale.ROOT).endsWith(".git")) {
            s = s.substring(0, s.length() - 4);
        }
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        s = s.toLowerCase(Locale.ROOT);
        if (!s.contains("/") || s.startsWith("orgs/") || s.contains("//") || s.contains(" ")) {
            return Optional.empty();
        }
        return Optional.of(new RepositoryRef(s, host.toLowerCase(Locale.ROOT)));
    }

    /** Like {@link #parse(String)} but for input that must name a repository. */
    public static RepositoryRef of(String text) {
        return parse(text)
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' does not name a repository: expected "
                        + "org/repo or a GitHub/GitLab repository URL"));
    }

    private static boolean looksLikeHost(String s) {
        int slash = s.indexOf('/');
        return slash > 0 && s.substring(0, slash).contains(".") && s.indexOf('/', slash + 1) > 0;
    }

    private static String stripPort(String host) {
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static String cut(String s, char c) {
        int i = s.indexOf(c);
        return i < 0 ? s : s.substring(0, i);
    }

    /** {@code org/repo} (lower case; GitLab may have {@code group/sub/repo}). */
    public String path() {
        return path;
    }

    /** The forge host when the input named one ({@code github.com}), else empty. */
    public Optional<String> host() {
        return host.isEmpty() ? Optional.empty() : Optional.of(host);
    }

    /** The last path segment: the repository's own name. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The first path segment: the organisation or group. */
    public String owner() {
        return path.substring(0, path.indexOf('/'));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RepositoryRef && ((RepositoryRef) other).path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public int compareTo(RepositoryRef other) {
        return path.compareTo(other.path);
    }

    /** The normalised path, {@code org/repo}. */
    @Override
    public String toString() {
        return path;
    }
}
