package io.revblueprint.job;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The closed loop on MySQL through Connector/J: plans stored as JSON and read back, the previous run found. */
@EnabledIf(value = "io.revblueprint.job.MySqlDatabase#available",
        disabledReason = "No MySQL: set BLUEPRINT_TEST_MYSQL_URL=jdbc:mysql://127.0.0.1:3306/test (user root) or run Docker")
class ClosedLoopMySqlJobTest extends ClosedLoopJobTest {

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", MySqlDatabase::url);
        registry.add("spring.datasource.username", MySqlDatabase::user);
        registry.add("spring.datasource.password", MySqlDatabase::password);
    }
}
