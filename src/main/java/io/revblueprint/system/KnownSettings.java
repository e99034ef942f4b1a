package io.revblueprint.system;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

/**
 * Refuses, at start-up ({@link KnownSettingsCheck}), a {@code blueprint.*} setting that nothing reads: "blueprint.sla.standard-reponse-hours=8"
 * and BLUEPRINT_TARGET_WIN_RATE were ignored, and every team was judged on the defaults without a word. Spring binds
 * only the keys it knows; below a map (targets, teams, loss reasons) the keys are the user's own.
 */
class KnownSettings {

    private static final String LOSS_REASON_EXAMPLE =
            "--blueprint.report.loss-reasons.Security=\"security review,infosec\"";

    /** Variables that would name a team or a loss reason, whose case and dashes a variable's name cannot keep. */
    private static final List<KeyedVariables> KEYED_VARIABLES = List.of(
            new KeyedVariables("BLUEPRINT_TEAMS_", "a team", "--blueprint.teams.T-BER.targets.win_rate=0.5"),
            new KeyedVariables("BLUEPRINT_REPORT_LOSS_REASONS_", "a loss reason", LOSS_REASON_EXAMPLE),
            new KeyedVariables("BLUEPRINT_REPORT_LOSSREASONS_", "a loss reason", LOSS_REASON_EXAMPLE));

    private record KeyedVariables(String prefix, String what, String example) {
    }

    private static final Pattern SERVICE_LINK = Pattern.compile(
            "[A-Z0-9_]+_(SERVICE_HOST|SERVICE_PORT(_[A-Z0-9_]+)?|PORT(_[0-9]+_(TCP|UDP|SCTP)(_PROTO|_PORT|_ADDR)?)?)");

    /** Settings read one by one ({@code @Value}, {@code getProperty}) rather than bound to a record. */
    private static final List<String> READ_ONE_BY_ONE = List.of("benchmarks", "playbook",
            "run-lock.stale-after", "delivery.from", "delivery.attempts", "delivery.retry-pause", "schedule.zone",
            "schedule.ready-marker", "schedule.quiet-for", "partitioning.worker");

    /** Set by {@code --worker} itself: accepted, never suggested. */
    private static final String INTERNAL = "blueprint.partitioning.worker";

    private static final SettingShape.Group BLUEPRINT = blueprint();

    private static final SettingShape.Group MAIL = SpringMailSettings.shape();

    KnownSettings(ConfigurableEnvironment environment) {
        refuseKeyedVariables(environment);
        StreamSupport.stream(ConfigurationPropertySources.get(environment).spliterator(), false)
                .filter(IterableConfigurationPropertySource.class::isInstance)
                .map(IterableConfigurationPropertySource.class::cast)
                .forEach(source -> source.stream().filter(name -> isBlueprintSetting(name) || isMailSetting(name))
                        .filter(name -> !isServiceLink(SettingOrigin.variable(source.getConfigurationProperty(name))))
                        .forEach(name -> check(source, name)));
    }

    /**
     * Kubernetes gives every pod variables for each Service of its namespace: a Service named blueprint-metrics sets
     * BLUEPRINT_METRICS_SERVICE_HOST, which is no setting of ours and must not stop the run.
     */
    static boolean isServiceLink(String variable) {
        return variable != null && SERVICE_LINK.matcher(variable).matches();
    }

    /** BLUEPRINT_TEST_MYSQL_URL and its kin are the test suite's, read by the tests, not by a run. */
    private static boolean isBlueprintSetting(ConfigurationPropertyName name) {
        return name.getNumberOfElements() > 1
                && name.getElement(0, ConfigurationPropertyName.Form.UNIFORM).equals("blueprint")
                && !name.getElement(1, ConfigurationPropertyName.Form.UNIFORM).equals("test");
    }

    /** A misspelt SPRING_MAIL_HOTS left spring.mail.host unset, and the night's mail went to the outbox. */
    private static boolean isMailSetting(ConfigurationPropertyName name) {
        return name.getNumberOfElements() > 2
                && name.getElement(0, ConfigurationPropertyName.Form.UNIFORM).equals("spring")
                && name.getElement(1, ConfigurationPropertyName.Form.UNIFORM).equals("mail");
    }

    private static void check(IterableConfigurationPropertySource source, ConfigurationPropertyName name) {
        boolean mail = isMailSetting(name);
        SettingShape.Group settings = mail ? MAIL : BLUEPRINT;
        List<Integer> keyElements = IntStream.range(mail ? 2 : 1, name.getNumberOfElements())
                .filter(element -> !name.isNumericIndex(element)).boxed().toList();
        List<String> elements = keyElements.stream()
                .map(element -> name.getElement(element, ConfigurationPropertyName.Form.UNIFORM)).toList();
        if (!settings.accepts(elements)) {
            List<String> asGiven = keyElements.stream()
                    .map(element -> name.getElement(element, ConfigurationPropertyName.Form.ORIGINAL)).toList();
            SettingShape.Group.Path nearest = settings.nearest(mail ? "spring.mail" : "blueprint", elements, asGiven);
            throw new SettingException(asGiven(name) + SettingOrigin.of(source.getConfigurationProperty(name))
                    + " is not a setting; the settings of " + nearest.name() + " are " + nearest.group()
                    .settings(nearest.name()).stream().filter(setting -> !setting.equals(INTERNAL))
                    .collect(Collectors.joining(", ")));
        }
    }

    /** The name as the user wrote it: Spring's own form loses a team id's case and a metric's underscores. */
    private static String asGiven(ConfigurationPropertyName name) {
        return IntStream.range(0, name.getNumberOfElements()).mapToObj(element -> {
            String given = name.getElement(element, ConfigurationPropertyName.Form.ORIGINAL);
            return name.isNumericIndex(element) ? "[" + given + "]" : (element == 0 ? "" : ".") + given;
        }).collect(Collectors.joining());
    }

    /**
     * BLUEPRINT_TEAMS_T_BER_TARGETS_WIN_RATE bound to no team and changed nothing, without a word; so did
     * BLUEPRINT_REPORT_LOSS_REASONS_SECURITY, and the LOSSREASONS form lower-cased the reason.
     */
    private static void refuseKeyedVariables(ConfigurableEnvironment environment) {
        if (environment.getPropertySources().get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)
                instanceof EnumerablePropertySource<?> variables) {
            for (String name : variables.getPropertyNames()) {
                KEYED_VARIABLES.stream().filter(keyed -> name.startsWith(keyed.prefix())).findFirst()
                        .ifPresent(keyed -> {
                            throw new SettingException("environment variable " + name + " cannot name "
                                    + keyed.what() + " (a variable's name loses its case and dashes); give it as an"
                                    + " option (" + keyed.example() + "), in a configuration file"
                                    + " (--spring.config.additional-location) or in SPRING_APPLICATION_JSON");
                        });
            }
        }
    }

    private static SettingShape.Group blueprint() {
        SettingShape.Group blueprint = SettingShape.Group.of(BlueprintProperties.class);
        blueprint.settings().put("partitioning", SettingShape.Group.of(PartitioningProperties.class));
        READ_ONE_BY_ONE.forEach(blueprint::add);
        return blueprint;
    }
}
