package dev.vigie.incident.template;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Language of the messages and reports Vigie writes. */
public enum Language {
    FR(Locale.FRENCH, "EEEE d MMMM yyyy"),
    EN(Locale.ENGLISH, "EEEE d MMMM yyyy");

    private final Locale locale;
    private final DateTimeFormatter longDate;

    Language(Locale locale, String longDatePattern) {
        this.locale = locale;
        this.longDate = DateTimeFormatter.ofPattern(longDatePattern, locale);
    }

    /**
     * Parses {@code fr} or {@code en}, case-insensitively.
     *
     * @throws IllegalArgumentException for anything else, naming the accepted values
     */
    public static Language parse(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code().equals(c)) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unknown language '" + code + "': use fr or en");
    }

    /** {@code fr} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return locale;
    }

    /** A date as people write it in a message: {@code jeudi 3 décembre 2026}, {@code Thursday 3 December 2026}. */
    public String longDate(LocalDate date) {
        return longDate.format(date);
    }
}
