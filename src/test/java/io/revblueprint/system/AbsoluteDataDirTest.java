package io.revblueprint.system;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** H2 refused "--blueprint.data-dir=data" as a path implicitly relative to the working directory. */
class AbsoluteDataDirTest {

    @Test
    void aRelativeDataDirIsMadeAbsoluteAndTheDatabaseUrlFollows() {
        StandardEnvironment environment = environment(Map.of("blueprint.data-dir", "data/../nightly",
                "spring.datasource.url", "jdbc:h2:file:${blueprint.data-dir}/revenue-blueprint"));

        dataDir().postProcessEnvironment(environment, new SpringApplication());

        String absolute = Path.of("nightly").toAbsolutePath().toString();
        assertThat(environment.getProperty("blueprint.data-dir")).isEqualTo(absolute);
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:h2:file:" + absolute + "/revenue-blueprint");
    }

    @Test
    void anAbsoluteDataDirIsLeftAsGiven() {
        StandardEnvironment environment = environment(Map.of("blueprint.data-dir", "/var/lib/blueprint"));

        dataDir().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("blueprint.data-dir")).isEqualTo("/var/lib/blueprint");
        assertThat(environment.getPropertySources().contains("absoluteDataDir")).isFalse();
    }

    /** BLUEPRINT_DATA_DIR= put the database at the file system's root. */
    @Test
    void anEmptyDataDirIsTheDefault() {
        StandardEnvironment environment = environment(Map.of("blueprint.data-dir", " "));

        dataDir().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("blueprint.data-dir")).isEqualTo(Path.of("data").toAbsolutePath().toString());
    }

    private static AbsoluteDataDir dataDir() {
        return new AbsoluteDataDir(Supplier::get);
    }

    private static StandardEnvironment environment(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return environment;
    }
}
