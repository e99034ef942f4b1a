package io.revblueprint.system;

import io.revblueprint.benchmark.BenchmarkTable;
import io.revblueprint.plan.PlanPolicy;
import io.revblueprint.plan.Playbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Loads what the plan works from once at start-up (the playbook, the benchmark figures, the targets), so a broken
 * edit stops the run before any work and says which file, entry and field is wrong.
 */
@Configuration
class PlanConfiguration {

    @Bean
    Playbook playbook(@Value("${blueprint.playbook:classpath:templates/playbook.yaml}") Resource resource) throws IOException {
        if (!resource.exists()) {
            throw new SettingException("blueprint.playbook: " + resource.getDescription() + " does not exist; give a"
                    + " file: location of an edited copy of templates/playbook.yaml, or leave the setting out");
        }
        return Playbook.parse(resource.getContentAsString(StandardCharsets.UTF_8), resource.getDescription());
    }

    /** The shipped figures, with the company's own files ({@code blueprint.own-benchmarks}) standing before them. */
    @Bean
    BenchmarkTable benchmarks(@Value("${blueprint.benchmarks:classpath:benchmarks-data/benchmarks.csv}") Resource shipped,
                              BlueprintProperties properties, ResourceLoader resources)
            throws IOException {
        BenchmarkTable table = BenchmarkTable.parse(shipped.getContentAsString(StandardCharsets.UTF_8),
                shipped.getDescription());
        for (String location : properties.ownBenchmarks()) {
            Resource file = resources.getResource(location);
            if (!file.exists()) {
                throw new SettingException("blueprint.own-benchmarks: " + location + " does not exist;"
                        + " give a file: or classpath: location of a CSV in the format of benchmarks-data/README.md");
            }
            table = table.withOwn(BenchmarkTable.parseOwn(file.getContentAsString(StandardCharsets.UTF_8),
                    file.getDescription()));
        }
        return table;
    }

    /** A misspelt metric or a rate in percent among the targets is a setting to correct (exit 2), named. */
    @Bean
    PlanPolicy planPolicy(BlueprintProperties properties) {
        try {
            return properties.planPolicy();
        } catch (IllegalArgumentException badTarget) {
            throw new SettingException(badTarget.getMessage());
        }
    }

    /** The run date the sprint starts after; a bean so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
