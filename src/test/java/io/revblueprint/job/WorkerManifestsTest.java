package io.revblueprint.job;

import io.revblueprint.system.PartitioningProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker Deployment and the CronJob patch set what the application reads, as environment variables bind them. */
class WorkerManifestsTest {

    private static final Path WORKERS = Path.of("k8s/workers");

    @Test
    void workersAndTheRunAgreeOnTheQueueAndOnlyTheRunIsTheManager() throws Exception {
        JsonNode worker = container(WORKERS.resolve("deployment.yaml"), "/spec/template/spec/containers/0");
        JsonNode run = container(WORKERS.resolve("cronjob-remote-patch.yaml"),
                "/spec/jobTemplate/spec/template/spec/containers/0");

        PartitioningProperties workers = partitioning(worker);
        PartitioningProperties manager = partitioning(run);

        assertThat(worker.at("/args").toString()).contains("--worker");
        assertThat(run.at("/name").asString()).isEqualTo("revenue-blueprint");
        assertThat(manager.remote()).isTrue();
        assertThat(workers.threads()).isEqualTo(2);
        assertThat(manager.partitions()).isEqualTo(16);
        assertThat(workers.queue()).isEqualTo(manager.queue()).isEqualTo("blueprint.render-partitions");
        assertThat(env(worker)).containsKey("SPRING_RABBITMQ_HOST").containsEntry("SPRING_RABBITMQ_HOST",
                env(run).get("SPRING_RABBITMQ_HOST"));
        assertThat(worker.at("/env").toString() + run.at("/env")).doesNotContainIgnoringCase("password");
        assertThat(worker.at("/envFrom").toString()).contains("revenue-blueprint-rabbitmq").contains("\"revenue-blueprint\"");
    }

    private static JsonNode container(Path manifest, String pointer) throws Exception {
        return new YAMLMapper().readTree(Files.readString(manifest)).at(pointer);
    }

    private static Map<String, Object> env(JsonNode container) {
        Map<String, Object> env = new HashMap<>();
        container.at("/env").forEach(variable -> env.put(variable.at("/name").asString(), variable.at("/value").asString()));
        return env;
    }

    /** blueprint.partitioning as Spring Boot binds it from these environment variables alone. */
    private static PartitioningProperties partitioning(JsonNode container) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("manifest", env(container)));
        return new Binder(ConfigurationPropertySources.get(environment)).bindOrCreate("blueprint.partitioning",
                PartitioningProperties.class);
    }
}
