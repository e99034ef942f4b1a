package io.revblueprint.system;

import io.revblueprint.plan.Playbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Loads the playbook once at start-up, so a broken edit stops the run before any work. */
@Configuration
class PlaybookConfiguration {

    @Bean
    Playbook playbook(@Value("${blueprint.playbook:classpath:templates/playbook.yaml}") Resource resource) throws IOException {
        return Playbook.parse(resource.getContentAsString(StandardCharsets.UTF_8), resource.getDescription());
    }

    @Bean
    java.time.Clock clock() {
        return java.time.Clock.systemDefaultZone();
    }
}
