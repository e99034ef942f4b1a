package io.revblueprint.cli;

import io.revblueprint.system.BlueprintProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The manifests run the jar's contract under the cluster's policies: one run at a time, a graceful stop that fits,
 * non-root on a read-only root file system, writable only where it writes; every argument and environment variable
 * one the application reads; the example overlay builds; the QBR Job is the CronJob's pod with other arguments.
 */
class KubernetesManifestTest {

    static final YAMLMapper YAML = new YAMLMapper();
    static final Path K8S = Path.of("k8s");
    /** Spring Boot's own settings the manifests may set. */
    static final Set<String> BOOT_SETTINGS = Set.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
            "SPRING_DATASOURCE_PASSWORD", "SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "SPRING_MAIL_USERNAME",
            "SPRING_MAIL_PASSWORD", "LOGGING_STRUCTURED_FORMAT_CONSOLE", "JAVA_TOOL_OPTIONS",
            "MANAGEMENT_PROMETHEUS_METRICS_EXPORT_PUSHGATEWAY_ENABLED", "MANAGEMENT_PROMETHEUS_METRICS_EXPORT_PUSHGATEWAY_ADDRESS");

    @Test
    void theCronJobRunsOneRunAtATimeAndStopsGracefullyUnderThePolicies() throws IOException {
        assertPolicies(read("base/cronjob.yaml"));
    }

    /** A CronJob retried a wrong setting twice (exit 2), three pods failing the same way. */
    @Test
    void aWrongArgumentOrSettingIsNotRetried() throws IOException {
        for (JsonNode job : List.of(read("base/cronjob.yaml").at("/spec/jobTemplate/spec"),
                read("jobs/qbr-rerun.yaml").at("/spec"))) {
            JsonNode failJob = job.at("/podFailurePolicy/rules/0");
            assertThat(failJob.at("/action").asString()).isEqualTo("FailJob");
            assertThat(failJob.at("/onExitCodes/operator").asString()).isEqualTo("In");
            assertThat(failJob.at("/onExitCodes/values/0").asInt()).isEqualTo(CommandLineApp.USAGE);
            assertThat(failJob.at("/onExitCodes/containerName").asString())
                    .isEqualTo(job.at("/template/spec/containers/0/name").asString());
        }
    }

    @Test
    void theQbrJobIsTheCronJobsPodRerunningAPeriod() throws IOException {
        JsonNode cronPod = read("base/cronjob.yaml").at("/spec/jobTemplate/spec/template/spec");
        ObjectNode qbrPod = (ObjectNode) read("jobs/qbr-rerun.yaml").at("/spec/template/spec");

        RunRequest rerun = CommandLineOptions.parse(strings(qbrPod.at("/containers/0/args")).toArray(String[]::new));
        assertThat(rerun.rerun()).isTrue();
        ((ObjectNode) qbrPod.at("/containers/0")).set("args", cronPod.at("/containers/0/args"));
        assertThat(qbrPod).isEqualTo(cronPod);
    }

    @Test
    void argumentsAndEnvironmentAreWhatTheApplicationReads() throws IOException {
        JsonNode container = read("base/cronjob.yaml").at("/spec/jobTemplate/spec/template/spec/containers/0");
        RunRequest nightly = CommandLineOptions.parse(strings(container.at("/args")).toArray(String[]::new));
        assertThat(nightly.snapshot()).isEqualTo(Path.of("/snapshots/latest"));
        assertThat(nightly.out()).isEqualTo(Path.of("/reports"));

        Map<String, String> environment = new TreeMap<>();
        read("base/configmap.yaml").at("/data").properties().forEach(entry -> environment.put(entry.getKey(), entry.getValue().asString()));
        read("base/secret.example.yaml").at("/stringData").properties().forEach(entry -> environment.put(entry.getKey(), entry.getValue().asString()));
        container.at("/env").forEach(variable -> environment.put(variable.at("/name").asString(), variable.at("/value").asString()));
        assertThat(environment).isNotEmpty().allSatisfy((name, value) -> assertThat(BOOT_SETTINGS.contains(name)
                || readsBlueprintSetting(name, value)).as(name + " is read by the application").isTrue());
        assertThat(container.at("/env").toString()).doesNotContainIgnoringCase("password");
    }

    @Test
    void theExampleOverlayBuildsOnTheBase() throws Exception {
        assumeTrue(kubectl(), "kubectl is not installed: the overlay build is not checked");
        Process build = new ProcessBuilder("kubectl", "kustomize", K8S.resolve("overlays/example").toString())
                .redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor()).as(output).isZero();
        List<JsonNode> built = StreamSupport.stream(YAML.readValues(YAML.createParser(output), JsonNode.class)
                .readAll().spliterator(), false).toList();
        JsonNode cronJob = built.stream().filter(doc -> doc.at("/kind").asString().equals("CronJob")).findFirst().orElseThrow();
        JsonNode settings = built.stream().filter(doc -> doc.at("/kind").asString().equals("ConfigMap")).findFirst().orElseThrow();

        assertThat(built).extracting(doc -> doc.at("/metadata/namespace").asString()).containsOnly("revops");
        assertPolicies(cronJob);
        assertThat(cronJob.at("/spec/schedule").asString()).isEqualTo("30 5 * * *");
        assertThat(cronJob.at("/spec/timeZone").asString()).isEqualTo("America/New_York");
        JsonNode container = cronJob.at("/spec/jobTemplate/spec/template/spec/containers/0");
        assertThat(container.at("/image").asString()).isEqualTo("registry.acme.example/revops/revenue-blueprint:0.1.0");
        assertThat(container.at("/resources/limits/memory").asString()).isEqualTo("3Gi");
        assertThat(container.at("/volumeMounts")).hasSize(3);
        assertThat(settings.at("/data/BLUEPRINT_CURRENCY").asString()).isEqualTo("USD");
        assertThat(settings.at("/data/LOGGING_STRUCTURED_FORMAT_CONSOLE").asString()).isEqualTo("ecs");
    }

    @Test
    void theImageIsBuiltInTwoStagesAndRunsAsNonRoot() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("Dockerfile"));

        assertThat(lines).filteredOn(line -> line.startsWith("FROM ")).hasSize(2)
                .last().asString().contains("-jre");
        assertThat(lines).filteredOn(line -> line.startsWith("USER ")).singleElement().asString()
                .matches("USER [1-9][0-9]*:[1-9][0-9]*");
        assertThat(lines).filteredOn(line -> line.startsWith("COPY --from=build /layers/")).hasSize(4);
        // C1 only: measured to render the large company's blueprints in two thirds of the time (Dockerfile).
        assertThat(lines).filteredOn(line -> line.startsWith("ENTRYPOINT ")).singleElement().asString()
                .contains("\"-XX:TieredStopAtLevel=1\"");
    }

    private static void assertPolicies(JsonNode cronJob) {
        JsonNode pod = cronJob.at("/spec/jobTemplate/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        assertThat(cronJob.at("/spec/concurrencyPolicy").asString()).isEqualTo("Forbid");
        assertThat(cronJob.at("/spec/startingDeadlineSeconds").asInt()).isPositive();
        assertThat(cronJob.at("/spec/successfulJobsHistoryLimit").asInt()).isPositive();
        assertThat(cronJob.at("/spec/failedJobsHistoryLimit").asInt()).isPositive();
        assertThat(cronJob.at("/spec/timeZone").asString()).isNotBlank();
        assertThat(pod.at("/restartPolicy").asString()).isEqualTo("Never");
        assertThat(pod.at("/terminationGracePeriodSeconds").asInt()).isGreaterThanOrEqualTo(60);
        assertThat(pod.at("/automountServiceAccountToken").asBoolean()).isFalse();
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asInt()).isPositive();
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(container.at("/resources/requests/memory").asString()).isNotBlank();
        assertThat(container.at("/resources/limits/memory").asString()).isEqualTo(container.at("/resources/requests/memory").asString());
        Set<String> writable = new TreeSet<>();
        container.at("/volumeMounts").forEach(mount -> {
            if (!mount.at("/readOnly").asBoolean(false)) {
                writable.add(mount.at("/mountPath").asString());
            }
        });
        assertThat(writable).containsExactly("/reports", "/tmp");
        assertThat(container.at("/envFrom").toString()).contains("configMapRef").contains("secretRef");
    }

    /** A BLUEPRINT_ variable binds to a property of {@link BlueprintProperties}, as the application binds the environment. */
    private static boolean readsBlueprintSetting(String name, String value) {
        Set<String> bound = new TreeSet<>();
        BindHandler recorder = new AbstractBindHandler() {
            @Override
            public Object onSuccess(ConfigurationPropertyName property, Bindable<?> target, BindContext context,
                                    Object result) {
                bound.add(lettersOf(property.toString()));
                return result;
            }
        };
        new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource("environment",
                Map.of(name, value)))).bindOrCreate("blueprint", Bindable.of(BlueprintProperties.class), recorder);
        return bound.contains(lettersOf(name)) || readByValue(name);
    }

    /** A setting read with @Value("${blueprint.…}") somewhere in the application's sources. */
    private static boolean readByValue(String name) {
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            return sources.filter(Files::isRegularFile).map(KubernetesManifestTest::text)
                    .flatMap(text -> Pattern.compile("\\$\\{(blueprint\\.[a-z0-9.-]+)").matcher(text)
                            .results().map(match -> match.group(1)))
                    .anyMatch(property -> lettersOf(property).equals(lettersOf(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** blueprint.company-timezone and BLUEPRINT_COMPANY_TIMEZONE alike: letters and digits, upper case. */
    private static String lettersOf(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }

    private static JsonNode read(String file) throws IOException {
        return YAML.readTree(Files.readString(K8S.resolve(file)));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static boolean kubectl() {
        try {
            return new ProcessBuilder("kubectl", "version", "--client").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
