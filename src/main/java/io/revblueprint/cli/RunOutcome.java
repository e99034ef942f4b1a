package io.revblueprint.cli;

import io.revblueprint.job.RequestException;
import io.revblueprint.job.RunKeys;
import io.revblueprint.system.SettingException;
import io.revblueprint.system.SettingOrigin;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.util.ClassUtils;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** A finished job execution told to a person: where the outputs are, or in one line what failed and what to do. */
record RunOutcome(JobExecution execution) {

    boolean succeeded() {
        return execution.getStatus() == BatchStatus.COMPLETED;
    }

    /** False only for a check whose import would be rejected. */
    boolean checkPassed() {
        return Boolean.parseBoolean(execution.getExecutionContext().getString(RunKeys.CHECK_PASSED, "true"));
    }

    String summary() {
        return execution.getExecutionContext().getString(RunKeys.SUMMARY, "Run completed.");
    }

    /** Stopped by a signal (SIGTERM, Ctrl-C): the process is asked to end. */
    boolean wasStopped() {
        return execution.getStatus() == BatchStatus.STOPPED;
    }

    /** Whether the run failed because it asked for what the snapshot does not have (a wrong command line). */
    boolean isWrongRequest() {
        return execution.getAllFailureExceptions().stream().anyMatch(RunOutcome::isRequestException);
    }

    static boolean isRequestException(Throwable failure) {
        return RequestException.isIn(failure);
    }

    /** The failure and its causes, outermost first, each once. */
    static List<Throwable> chainOf(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    /** The failure in one line; a database that went away is named (the step that failed restarts on a rerun). */
    String failure(DatabaseAddress database) {
        String unreachable = execution.getAllFailureExceptions().stream().map(database::unreachable)
                .filter(Objects::nonNull).findFirst().orElse(null);
        return unreachable != null ? unreachable : failure();
    }

    String failure() {
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return "run " + execution.getJobInstance().getInstanceId() + " stopped; run the same command again to"
                    + " continue where it stopped";
        }
        Optional<Throwable> wrongRequest = execution.getAllFailureExceptions().stream()
                .filter(RunOutcome::isRequestException).findFirst();
        if (wrongRequest.isPresent()) {
            return describe(wrongRequest.get());
        }
        for (StepExecution step : execution.getStepExecutions()) {
            List<Throwable> failures = step.getFailureExceptions();
            if (!failures.isEmpty()) {
                return step.getStepName() + " failed: " + describe(failures.get(0));
            }
        }
        List<Throwable> failures = execution.getAllFailureExceptions();
        return failures.isEmpty() ? "the run ended " + execution.getStatus() + "; see the log above"
                : describe(failures.get(0));
    }

    /**
     * On one line: the first of our own exceptions in the chain (it says what to do), else the first that is not a
     * framework's wrapper, with the innermost cause when it adds something ("cannot write X: No space left").
     */
    static String describe(Throwable failure) {
        List<Throwable> chain = chainOf(failure);
        Throwable innermost = chain.get(chain.size() - 1);
        // "For input string: \"abc\"" named neither the setting nor what it wants.
        Optional<BindException> setting = badSetting(failure);
        if (setting.isPresent()) {
            return oneLine(setting.get().getProperty().getName() + "=" + setting.get().getProperty().getValue()
                    + SettingOrigin.of(setting.get().getProperty()) + " is not "
                    + wanted(setting.get().getTarget().getType().resolve(Object.class)) + " (" + messageOf(innermost)
                    + "); correct the setting");
        }
        Optional<String> value = badValue(failure);
        if (value.isPresent()) {
            return oneLine(value.get() + " (" + messageOf(innermost) + "); correct the setting");
        }
        Optional<Throwable> ours = chain.stream().filter(cause -> isFrom(cause, "io.revblueprint")).findFirst();
        if (ours.isPresent()) {
            return oneLine(withFileReason(messageOf(ours.get()), chain));
        }
        String message = messageOf(chain.stream().filter(cause -> !isFrom(cause, "org.springframework"))
                .findFirst().orElse(innermost));
        String root = messageOf(innermost);
        return oneLine(withFileReason(message.contains(root) ? message : message + ": " + root, chain));
    }

    /** "cannot write X" becomes "cannot write X: permission denied" (a file exception's message is often its path). */
    private static String withFileReason(String message, List<Throwable> chain) {
        return FileFailure.reason(chain).filter(reason -> !message.toLowerCase(Locale.ROOT).contains(
                reason.toLowerCase(Locale.ROOT))).map(reason -> message + ": " + reason).orElse(message);
    }

    /**
     * A setting that could not be bound (not a number, or refused by the settings' own checks: a negative SLA), or
     * one that nothing reads (a typo).
     */
    static boolean isBadSetting(Throwable failure) {
        return chainOf(failure).stream().anyMatch(cause -> cause instanceof BindException
                || cause instanceof SettingException) || badValue(failure).isPresent();
    }

    /**
     * "blueprint.run-lock.stale-after=abc is not a valid duration", for a {@code @Value} setting Spring could not
     * convert: its own message ("'abc' is not a valid duration") named no setting.
     */
    private static Optional<String> badValue(Throwable failure) {
        return chainOf(failure).stream().filter(UnsatisfiedDependencyException.class::isInstance)
                .map(UnsatisfiedDependencyException.class::cast)
                .filter(unsatisfied -> unsatisfied.getInjectionPoint() != null
                        && unsatisfied.getInjectionPoint().getAnnotation(Value.class) != null)
                .flatMap(unsatisfied -> chainOf(unsatisfied).stream().filter(TypeMismatchException.class::isInstance)
                        .map(TypeMismatchException.class::cast)
                        .map(mismatch -> settingOf(unsatisfied.getInjectionPoint().getAnnotation(Value.class))
                                + "=" + mismatch.getValue() + " is not " + wanted(mismatch.getRequiredType())))
                .findFirst();
    }

    /** "blueprint.run-lock.stale-after" of "${blueprint.run-lock.stale-after:30s}". */
    private static String settingOf(Value value) {
        String placeholder = value.value().replaceFirst("^\\$\\{", "");
        return placeholder.replaceFirst("[:}].*$", "");
    }

    private static String wanted(Class<?> type) {
        Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type == null ? Object.class : type);
        return Number.class.isAssignableFrom(boxed) ? "a number" : boxed == Boolean.class ? "true or false"
                : boxed == ZoneId.class ? "a time zone such as Europe/Berlin"
                : boxed.isEnum() ? "one of " + Arrays.stream(boxed.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", "))
                : "a valid " + boxed.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** The setting (blueprint.*, spring.*) whose value could not be read, if that is what failed. */
    static Optional<BindException> badSetting(Throwable failure) {
        return chainOf(failure).stream().filter(BindException.class::isInstance).map(BindException.class::cast)
                .filter(bind -> bind.getProperty() != null).findFirst();
    }

    private static boolean isFrom(Throwable failure, String packagePrefix) {
        return failure.getClass().getPackageName().startsWith(packagePrefix);
    }

    private static String messageOf(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s+", " ").strip();
    }
}
