package io.revblueprint.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * What the command line asked for. {@code source} and {@code mapping} are null when not given (the snapshot's
 * files tell the source); {@code check}: only read and map the source; {@code email} is null when not given (the
 * default depends on SMTP settings); {@code earlierPeriod}, when set, is run first without email, so the run asked
 * for has history (the demo's).
 */
record RunRequest(boolean demo, Path snapshot, String source, Path mapping, boolean check, String period, Path out,
                  List<String> teams, EmailMode email, boolean force, List<String> springArguments,
                  String earlierPeriod) {
}
