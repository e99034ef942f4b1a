package io.revblueprint.snapshot;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads and writes workday lists such as {@code MON-FRI}, {@code MON,TUE,WED,THU} or {@code SUN-THU}. */
public final class Workdays {

    private static final Map<String, DayOfWeek> DAYS = EnumSet.allOf(DayOfWeek.class).stream()
            .collect(Collectors.toMap(Workdays::abbreviation, day -> day));

    private Workdays() {
    }

    public static Set<DayOfWeek> parse(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            String[] range = part.strip().split("-", -1);
            if (range.length > 2) {
                throw unreadable(text);
            }
            DayOfWeek first = day(range[0], text);
            DayOfWeek last = range.length == 2 ? day(range[1], text) : first;
            for (DayOfWeek day = first; ; day = day.plus(1)) {
                days.add(day);
                if (day == last) {
                    break;
                }
            }
        }
        return days;
    }

    /** The canonical form stored in the database: day abbreviations in week order. */
    public static String format(Set<DayOfWeek> days) {
        return EnumSet.copyOf(days).stream().map(Workdays::abbreviation).collect(Collectors.joining(","));
    }

    private static DayOfWeek day(String token, String text) {
        DayOfWeek day = DAYS.get(token.strip().toUpperCase(Locale.ROOT));
        if (day == null) {
            throw unreadable(text);
        }
        return day;
    }

    private static String abbreviation(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    private static IllegalArgumentException unreadable(String text) {
        return new IllegalArgumentException("unreadable workdays '" + text + "' (e.g. MON-FRI or MON,TUE,WED,THU)");
    }
}
