package io.revblueprint.system;

import org.springframework.boot.context.properties.bind.Name;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.stereotype.Component;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

/**
 * Refuses, at start-up, a {@code blueprint.*} setting that nothing reads: "blueprint.sla.standard-reponse-hours=8"
 * and BLUEPRINT_TARGET_WIN_RATE were ignored, and every team was judged on the defaults without a word. Spring binds
 * only the keys it knows; below a map (targets, teams, loss reasons) the keys are the user's own.
 */
@Component
class KnownSettings {

    /** Variables that would name a team or a loss reason, whose case and dashes a variable's name cannot keep. */
    private static final Map<String, String> KEYED_VARIABLES = Map.of("BLUEPRINT_TEAMS_", "a team",
            "BLUEPRINT_REPORT_LOSS_REASONS_", "a loss reason", "BLUEPRINT_REPORT_LOSSREASONS_", "a loss reason");
    private static final Map<String, String> EXAMPLES = Map.of(
            "a team", "--blueprint.teams.T-BER.targets.win_rate=0.5",
            "a loss reason", "--blueprint.report.loss-reasons.Security=\"security review,infosec\"");

    private static final Pattern SERVICE_LINK = Pattern.compile(
            "[A-Z0-9_]+_(SERVICE_HOST|SERVICE_PORT(_[A-Z0-9_]+)?|PORT(_[0-9]+_(TCP|UDP|SCTP)(_PROTO|_PORT|_ADDR)?)?)");

    /** Settings read one by one ({@code @Value}, {@code getProperty}) rather than bound to a record. */
    private static final List<String> READ_ONE_BY_ONE = List.of("benchmarks", "playbook",
            "run-lock.stale-after", "delivery.from", "delivery.attempts", "delivery.retry-pause", "schedule.zone",
            "schedule.ready-marker", "schedule.quiet-for", "partitioning.worker");

    private static final Group BLUEPRINT = blueprint();

    KnownSettings(ConfigurableEnvironment environment) {
        refuseKeyedVariables(environment);
        StreamSupport.stream(ConfigurationPropertySources.get(environment).spliterator(), false)
                .filter(IterableConfigurationPropertySource.class::isInstance)
                .map(IterableConfigurationPropertySource.class::cast)
                .forEach(source -> source.stream().filter(KnownSettings::isBlueprintSetting)
                        .filter(name -> !isServiceLink(variableOf(source, name)))
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

    private static void check(IterableConfigurationPropertySource source, ConfigurationPropertyName name) {
        List<Integer> keyElements = IntStream.range(1, name.getNumberOfElements())
                .filter(element -> !name.isNumericIndex(element)).boxed().toList();
        List<String> elements = keyElements.stream()
                .map(element -> name.getElement(element, ConfigurationPropertyName.Form.UNIFORM)).toList();
        if (!BLUEPRINT.accepts(elements)) {
            List<String> asGiven = keyElements.stream()
                    .map(element -> name.getElement(element, ConfigurationPropertyName.Form.ORIGINAL)).toList();
            Group.Path nearest = BLUEPRINT.nearest("blueprint", elements, asGiven);
            throw new SettingException(asGiven(name) + whereGiven(source, name) + " is not a setting; the"
                    + " settings of " + nearest.name() + " are " + String.join(", ", nearest.group().settings(nearest.name())));
        }
    }

    /** The variable or the file and line that set it, where Spring knows them. */
    private static String whereGiven(IterableConfigurationPropertySource source, ConfigurationPropertyName name) {
        String variable = variableOf(source, name);
        if (variable != null) {
            return " (environment variable " + variable + ")";
        }
        Origin origin = originOf(source, name);
        return origin instanceof TextResourceOrigin file && file.getResource() != null && file.getLocation() != null
                ? " (" + file.getResource().getFilename() + " line " + (file.getLocation().getLine() + 1) + ")" : "";
    }

    /** The environment variable that set the name; null when it came from elsewhere. */
    private static String variableOf(IterableConfigurationPropertySource source, ConfigurationPropertyName name) {
        return originOf(source, name) instanceof SystemEnvironmentOrigin variable ? variable.getProperty() : null;
    }

    private static Origin originOf(IterableConfigurationPropertySource source, ConfigurationPropertyName name) {
        ConfigurationProperty property = source.getConfigurationProperty(name);
        Origin origin = property == null ? null : property.getOrigin();
        return origin instanceof PropertySourceOrigin wrapper && wrapper.getOrigin() != null ? wrapper.getOrigin()
                : origin;
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
                KEYED_VARIABLES.entrySet().stream().filter(keyed -> name.startsWith(keyed.getKey())).findFirst()
                        .ifPresent(keyed -> {
                            throw new SettingException("environment variable " + name + " cannot name "
                                    + keyed.getValue() + " (a variable's name loses its case and dashes); give it"
                                    + " as an option (" + EXAMPLES.get(keyed.getValue()) + "), in a configuration"
                                    + " file (--spring.config.additional-location) or in SPRING_APPLICATION_JSON");
                        });
            }
        }
    }

    private static Group blueprint() {
        Group blueprint = Group.of(BlueprintProperties.class);
        blueprint.settings.put("partitioning", Group.of(PartitioningProperties.class));
        READ_ONE_BY_ONE.forEach(blueprint::add);
        return blueprint;
    }

    /** What may follow a key: named settings, a map's own keys, or nothing (a value). */
    private sealed interface Shape permits Group, Keys, Value {

        boolean accepts(List<String> elements);

        /** How a listing writes what follows the setting's name. */
        String below();

        static Shape of(Type type) {
            Class<?> raw = type instanceof ParameterizedType parameterized
                    ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
            if (raw.isRecord()) {
                return Group.of(raw);
            }
            if (Map.class.isAssignableFrom(raw) && type instanceof ParameterizedType parameterized) {
                return new Keys(of(parameterized.getActualTypeArguments()[1]));
            }
            return new Value();
        }
    }

    /**
     * A record's settings, by their dashed names. An environment variable's underscores split a name into more
     * elements (BLUEPRINT_DATA_DIR is blueprint.data.dir), and Spring binds it all the same, so a setting may take
     * several elements.
     */
    private record Group(Map<String, Shape> settings) implements Shape {

        static Group of(Class<?> record) {
            Map<String, Shape> settings = new LinkedHashMap<>();
            RecordComponent[] components = record.getRecordComponents();
            Parameter[] parameters = canonicalConstructor(record, components).getParameters();
            for (int index = 0; index < components.length; index++) {
                settings.put(dashed(components[index], parameters[index]), Shape.of(components[index].getGenericType()));
            }
            return new Group(settings);
        }

        void add(String dottedSetting) {
            String[] parts = dottedSetting.split("\\.", 2);
            if (parts.length == 1) {
                settings.put(parts[0], new Value());
            } else {
                ((Group) settings.computeIfAbsent(parts[0], group -> new Group(new LinkedHashMap<>()))).add(parts[1]);
            }
        }

        @Override
        public boolean accepts(List<String> elements) {
            return elements.isEmpty() || IntStream.rangeClosed(1, elements.size()).anyMatch(taken -> {
                Shape setting = settingNamed(String.join("", elements.subList(0, taken)));
                return setting != null && setting.accepts(rest(elements, taken));
            });
        }

        /**
         * The deepest group the name reaches, to list the settings the user may have meant; {@code asGiven}: the
         * elements as written, for a map's key (a team's id).
         */
        Path nearest(String name, List<String> elements, List<String> asGiven) {
            for (int taken = 1; taken <= elements.size(); taken++) {
                String uniform = String.join("", elements.subList(0, taken));
                Shape setting = settingNamed(uniform);
                String below = name + "." + dashedName(uniform);
                if (setting instanceof Group group) {
                    return group.nearest(below, rest(elements, taken), rest(asGiven, taken));
                }
                if (setting instanceof Keys keys && keys.value() instanceof Group group && elements.size() > taken) {
                    return group.nearest(below + "." + asGiven.get(taken), rest(elements, taken + 1),
                            rest(asGiven, taken + 1));
                }
            }
            return new Path(name, this);
        }

        private static List<String> rest(List<String> elements, int taken) {
            return elements.subList(taken, elements.size());
        }

        List<String> settings(String prefix) {
            List<String> names = new ArrayList<>();
            settings.forEach((setting, shape) -> names.add(prefix + "." + setting + shape.below()));
            return names;
        }

        private Shape settingNamed(String uniform) {
            return settings.get(dashedName(uniform));
        }

        private String dashedName(String uniform) {
            return settings.keySet().stream().filter(setting -> setting.replace("-", "").equals(uniform))
                    .findFirst().orElse(uniform);
        }

        private static Constructor<?> canonicalConstructor(Class<?> record, RecordComponent[] components) {
            try {
                return record.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new));
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException(record + " has no canonical constructor", impossible);
            }
        }

        /** The name Spring binds: the parameter's {@link Name} (import is a Java keyword), else the component's. */
        private static String dashed(RecordComponent component, Parameter parameter) {
            Name bound = parameter.getAnnotation(Name.class);
            String name = bound != null ? bound.value() : component.getName();
            return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        }

        @Override
        public String below() {
            return ".*";
        }

        record Path(String name, Group group) {
        }
    }

    /**
     * A map's keys: a team's id names one element; a map of values takes every element left as its key (a metric
     * given as BLUEPRINT_TARGETS_WIN_RATE arrives as "win.rate").
     */
    private record Keys(Shape value) implements Shape {

        @Override
        public boolean accepts(List<String> elements) {
            return value instanceof Value ? !elements.isEmpty()
                    : !elements.isEmpty() && value.accepts(elements.subList(1, elements.size()));
        }

        @Override
        public String below() {
            return ".<key>" + value.below();
        }
    }

    private record Value() implements Shape {

        @Override
        public boolean accepts(List<String> elements) {
            return elements.isEmpty();
        }

        @Override
        public String below() {
            return "";
        }
    }
}
