package io.revblueprint.job;

import org.junit.jupiter.api.condition.EnabledIf;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs a MySQL-path test when there is a MySQL to run it on; otherwise skips it saying how to enable it. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIf(value = "io.revblueprint.job.MySqlDatabase#available",
        disabledReason = MySqlDatabase.SKIPPED)
@interface EnabledOnMySql {
}
