package dev.vigie.incident.template;

import com.github.mustachejava.Mustache;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.text.ChatEscaper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the chat messages of the procedure in one language. Every outside value (repository, team, detector,
 * channel) is escaped with {@link ChatEscaper}; link URLs are inserted raw only when they are plain http(s) URLs.
 * Immutable and thread-safe; templates compile once.
 */
public final class MessageTemplates {

    /** The messages Vigie posts. */
    public enum Kind {
        /** Team channel, PROCEDURE.md 6.5: the share links and the deadline. */
        TEAM_NOTICE,
        /** Security channel, 6.6: who was told, where, until when (dashboard links only). */
        SECURITY_LOG,
        /** Ops channel, 1.1: the lead is claimed. */
        LEAD_CLAIM,
        /** Team channel, threaded under the notice: the deadline passed with no feedback. */
        REMINDER,
        /** Security channel: the reminder was sent. */
        REMINDER_LOG,
        /** Security channel: a proposed RED alert passed its deadline with no feedback. */
        ESCALATION;

        String file(Language language) {
            return "/dev/vigie/incident/template/messages/" + baseName() + "." + language.code() + ".mustache";
        }

        /** {@code team-notice}, {@code security-log}, …: the name of a user's override file, without extension. */
        public String baseName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Language language;
    private final Map<Kind, Mustache> templates;

    private MessageTemplates(Language language, Map<Kind, Mustache> templates) {
        this.language = language;
        this.templates = templates;
    }

    /** The built-in templates of {@code language}. */
    public static MessageTemplates builtIn(Language language) {
        MustacheRenderer renderer = renderer();
        Map<Kind, Mustache> templates = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            templates.put(kind, renderer.classpath(kind.file(language)));
        }
        return new MessageTemplates(language, templates);
    }

    /**
     * A copy that renders {@code kind} from the user's Mustache file instead. The file sees the same values as the
     * built-in template ({@code repository}, {@code team}, {@code channel}, {@code deadline}, {@code count},
     * {@code red}, and {@code links} with {@code url}, {@code detector}, {@code date}, {@code severity}, {@code id}).
     *
     * @throws TemplateException when the file cannot be read or compiled
     */
    public MessageTemplates withOverride(Kind kind, Path file) {
        Map<Kind, Mustache> copy = new EnumMap<>(templates);
        copy.put(kind, renderer().file(file));
        return new MessageTemplates(language, copy);
    }

    /**
     * A copy that renders each message from {@code <folder>/<name>.mustache} where the user wrote such a file
     * ({@code team-notice.mustache}, {@code security-log.mustache}, {@code lead-claim.mustache},
     * {@code reminder.mustache}, {@code reminder-log.mustache}, {@code escalation.mustache}); the built-in text
     * stays for the others.
     *
     * @throws TemplateException when the folder does not exist, or a file in it cannot be read or compiled
     */
    public MessageTemplates withOverrides(Path folder) {
        if (!java.nio.file.Files.isDirectory(folder)) {
            throw new TemplateException("Message template folder " + folder + " does not exist: create it with files "
                    + "named like team-notice.mustache, or unset the folder to use the built-in messages.", null);
        }
        MessageTemplates result = this;
        for (Kind kind : Kind.values()) {
            Path file = folder.resolve(kind.baseName() + ".mustache");
            if (java.nio.file.Files.isRegularFile(file)) {
                result = result.withOverride(kind, file);
            }
        }
        return result;
    }

    public Language language() {
        return language;
    }

    /** The deadline as written in messages ({@code jeudi 3 décembre 2026}). */
    public String deadline(LocalDate deadline) {
        return language.longDate(deadline);
    }

    /**
     * Renders one message.
     *
     * @param team the team's display name ({@code ""} when the message names none)
     * @param channel the channel name the team was told in ({@code ""} when none)
     * @param red whether a RED alert is proposed for one of the incidents
     */
    public String render(Kind kind, RepositoryRef repository, String team, String channel,
            List<IncidentLink> links, LocalDate deadline, boolean red) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("repository", repository.path());
        scope.put("team", team);
        scope.put("channel", channel);
        scope.put("deadline", deadline(deadline));
        scope.put("count", links.size());
        scope.put("red", red);
        scope.put("links", links.stream().map(MessageTemplates::linkScope).toList());
        return MustacheRenderer.render(templates.get(kind), scope).stripTrailing();
    }

    private static Map<String, Object> linkScope(IncidentLink link) {
        return Map.of(
                "id", link.id(),
                "url", link.plainUrl() ? link.url() : ChatEscaper.escape(link.url()),
                "detector", link.detector(),
                "date", link.date(),
                "severity", link.severity());
    }

    private static MustacheRenderer renderer() {
        return new MustacheRenderer(ChatEscaper::escape);
    }
}
