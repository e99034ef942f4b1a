package io.revblueprint.system;

import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.Name;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What may follow a key of {@code blueprint.*}, read from the settings' records: named settings (a group), a map's
 * own keys, or nothing (a value). {@link KnownSettings} checks every name it is given against it.
 */
sealed interface SettingShape permits SettingShape.Group, SettingShape.Keys, SettingShape.Value {

    boolean accepts(List<String> elements);

    /** How a listing writes what follows the setting's name. */
    String below();

    static SettingShape of(Type type) {
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

    /**
     * A record's settings, by their dashed names. An environment variable's underscores split a name into more
     * elements (BLUEPRINT_DATA_DIR is blueprint.data.dir), and Spring binds it all the same, so a setting may take
     * several elements.
     */
    record Group(Map<String, SettingShape> settings) implements SettingShape {

        static Group of(Class<?> record) {
            Map<String, SettingShape> settings = new LinkedHashMap<>();
            RecordComponent[] components = record.getRecordComponents();
            Parameter[] parameters = canonicalConstructor(record, components).getParameters();
            for (int index = 0; index < components.length; index++) {
                settings.put(dashed(components[index], parameters[index]),
                        SettingShape.of(components[index].getGenericType()));
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
                SettingShape setting = settingNamed(String.join("", elements.subList(0, taken)));
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
                SettingShape setting = settingNamed(uniform);
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

        private SettingShape settingNamed(String uniform) {
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
            return DataObjectPropertyName.toDashedForm(name);
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
    record Keys(SettingShape value) implements SettingShape {

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

    record Value() implements SettingShape {

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
