package io.revblueprint.job;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StageProgressTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(StageProgress.class);
    private final ListAppender<ILoggingEvent> console = new ListAppender<>();
    private Level testsLevel;

    /** The tests' application.properties keeps this logger at WARN; here its INFO lines are the subject. */
    @BeforeEach
    void listen() {
        testsLevel = logger.getLevel();
        logger.setLevel(Level.INFO);
        console.start();
        logger.addAppender(console);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(console);
        logger.setLevel(testsLevel);
    }

    @Test
    void partitionsRunningSideBySideStopReportingWhenEachEnds() throws InterruptedException {
        StageProgress progress = new StageProgress(Duration.ofMillis(20));
        StepExecution first = running("renderTeams:teams1", 1L);
        StepExecution second = running("renderTeams:teams2", 2L);

        progress.beforeStep(first);
        progress.beforeStep(second);
        Thread.sleep(100);
        progress.afterStep(first);
        progress.afterStep(second);
        Thread.sleep(60);
        int linesAtEnd = lines().size();
        Thread.sleep(100);

        assertThat(lines()).hasSize(linesAtEnd)
                .anyMatch(line -> line.startsWith("renderTeams:teams1: done in"))
                .anyMatch(line -> line.startsWith("renderTeams:teams2: done in"))
                .anyMatch(line -> line.startsWith("renderTeams:teams1: still working"))
                .anyMatch(line -> line.startsWith("renderTeams:teams2: still working"));
    }

    private static StepExecution running(String name, long id) {
        StepExecution step = MetaDataInstanceFactory.createStepExecution(name, id);
        step.setStartTime(LocalDateTime.now());
        step.setStatus(BatchStatus.COMPLETED);
        return step;
    }

    private List<String> lines() {
        return console.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
