package io.revblueprint;

import io.revblueprint.cli.CommandLineApp;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: parses the command line, then runs the nightly job once and exits with its status. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RevenueBlueprintApplication {

    public static void main(String[] args) {
        System.exit(CommandLineApp.run(RevenueBlueprintApplication.class, args));
    }
}
