package io.revblueprint.system;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * Makes {@code blueprint.data-dir} absolute before the embedded database's URL is built from it: H2 refuses a path
 * "implicitly relative to the current working directory" ({@code --blueprint.data-dir=data}), and the run failed
 * with its words.
 */
class AbsoluteDataDir implements EnvironmentPostProcessor, Ordered {

    private static final String DATA_DIR = "blueprint.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDir = environment.getProperty(DATA_DIR);
        if (dataDir != null && !dataDir.isBlank() && !Path.of(dataDir).isAbsolute()) {
            environment.getPropertySources().addFirst(new MapPropertySource("absoluteDataDir",
                    Map.of(DATA_DIR, Path.of(dataDir).toAbsolutePath().normalize().toString())));
        }
    }

    /** After the configuration files are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
