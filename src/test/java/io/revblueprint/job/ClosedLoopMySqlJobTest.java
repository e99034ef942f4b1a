package io.revblueprint.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The closed loop on MySQL through Connector/J: plans stored as JSON and read back, the previous run found. */
@EnabledOnMySql
class ClosedLoopMySqlJobTest extends ClosedLoopJobTest {

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        MySqlDatabase.register(registry);
    }
}
