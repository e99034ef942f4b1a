package io.revblueprint.system;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The settings a run's figures and fixes follow (SLA hours, targets, minimum cases, currency, time zone), as text a
 * run keeps: a QBR rerun made on a laptop without the CronJob's settings gave other figures than the run it repeated.
 */
public final class FigureSettings {

    private FigureSettings() {
    }

    /** "blueprint.sla.standard-response-hours=4.0" lines, sorted. */
    public static String of(BlueprintProperties properties) {
        Map<String, Object> settings = new TreeMap<>();
        BlueprintProperties.Sla sla = properties.sla();
        settings.put("blueprint.sla.high-intent-score-above", sla.highIntentScoreAbove());
        settings.put("blueprint.sla.high-intent-response-hours", sla.highIntentResponseHours());
        settings.put("blueprint.sla.standard-response-hours", sla.standardResponseHours());
        settings.put("blueprint.sla.accept-reject-hours", sla.acceptRejectHours());
        settings.put("blueprint.sla.min-touches", sla.minTouches());
        settings.put("blueprint.sla.min-touch-days", sla.minTouchDays());
        settings.put("blueprint.plan.min-n", properties.plan().minN());
        settings.put("blueprint.plan.benchmark-max-age-years", properties.plan().benchmarkMaxAgeYears());
        settings.put("blueprint.currency", properties.currency());
        settings.put("blueprint.company-timezone", properties.companyTimezone());
        Objects.requireNonNullElse(properties.targets(), Map.<String, Double>of())
                .forEach((metric, level) -> settings.put("blueprint.targets." + metric, level));
        Objects.requireNonNullElse(properties.teams(), Map.<String, BlueprintProperties.TeamSettings>of())
                .forEach((team, own) -> Objects.requireNonNullElse(own.targets(), Map.<String, Double>of())
                        .forEach((metric, level) -> settings.put("blueprint.teams." + team + ".targets." + metric,
                                level)));
        return settings.entrySet().stream().map(setting -> setting.getKey() + "=" + setting.getValue())
                .collect(Collectors.joining("\n"));
    }

    /**
     * {@code now} with the figure settings of {@code kept} instead of its own, bound as Spring binds them (so a team
     * id keeps its case); every other setting (paths, import, mail) stays today's.
     */
    public static BlueprintProperties applied(String kept, BlueprintProperties now) {
        Map<String, Object> settings = new TreeMap<>(parse(kept));
        BlueprintProperties then = new Binder(ConfigurationPropertySources.from(new MapPropertySource("kept", settings)))
                .bindOrCreate("blueprint", BlueprintProperties.class);
        return now.withFiguresOf(then);
    }

    /** "blueprint.sla.standard-response-hours: 8.0 then, 4.0 now"; empty when the two are the same. */
    public static List<String> differences(String then, String now) {
        Map<String, String> before = parse(then);
        Map<String, String> after = parse(now);
        List<String> differences = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            String was = before.getOrDefault(key, "not set");
            String is = after.getOrDefault(key, "not set");
            if (!was.equals(is)) {
                differences.add(key + ": " + was + " then, " + is + " now");
            }
        }
        return differences;
    }

    private static Map<String, String> parse(String settings) {
        Map<String, String> parsed = new TreeMap<>();
        settings.lines().filter(line -> line.contains("=")).forEach(line ->
                parsed.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return parsed;
    }
}
