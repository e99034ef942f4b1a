package io.revblueprint;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The CronJob runs the jar's contract: one run at a time, the snapshot and out folder as options, secrets from a Secret. */
class KubernetesManifestTest {

    @Test
    void cronJobRunsOneRunAtATimeWithSecretsFromTheEnvironment() throws Exception {
        JsonNode cronJob = new YAMLMapper().readTree(Files.readString(Path.of("k8s/cronjob.yaml")));
        JsonNode pod = cronJob.at("/spec/jobTemplate/spec/template/spec");
        JsonNode container = pod.at("/containers/0");

        assertThat(cronJob.at("/kind").asString()).isEqualTo("CronJob");
        assertThat(cronJob.at("/spec/concurrencyPolicy").asString()).isEqualTo("Forbid");
        assertThat(pod.at("/restartPolicy").asString()).isEqualTo("Never");
        assertThat(container.at("/args").toString()).contains("--snapshot=").contains("--out=");
        assertThat(container.at("/envFrom/0/secretRef/name").asString()).isEqualTo("revenue-blueprint");
        assertThat(container.at("/env").toString()).doesNotContainIgnoringCase("password");
    }
}
