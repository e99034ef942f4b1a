package io.revblueprint.system;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * Makes {@code blueprint.data-dir} absolute before the embedded database's URL is built from it: H2 refuses a path
 * "implicitly relative to the current working directory" ({@code --blueprint.data-dir=data}), and the run failed
 * with its words. An empty one (BLUEPRINT_DATA_DIR= from a template) put the database, run history and delivery
 * ledger at the file system's root; it is taken as the default, with a warning.
 */
class AbsoluteDataDir implements EnvironmentPostProcessor, Ordered {

    private static final String DATA_DIR = "blueprint.data-dir";
    private static final String DEFAULT = "./data";

    private final Log log;

    AbsoluteDataDir(DeferredLogFactory logs) {
        this.log = logs.getLog(AbsoluteDataDir.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDir = environment.getProperty(DATA_DIR);
        if (dataDir == null) {
            return;
        }
        if (dataDir.isBlank()) {
            log.warn(DATA_DIR + " is empty; the embedded database stays in " + DEFAULT + " (its default)");
            dataDir = DEFAULT;
        }
        Path absolute = Path.of(dataDir).toAbsolutePath().normalize();
        if (!absolute.toString().equals(dataDir)) {
            environment.getPropertySources().addFirst(new MapPropertySource("absoluteDataDir",
                    Map.of(DATA_DIR, absolute.toString())));
        }
    }

    /** After the configuration files are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
