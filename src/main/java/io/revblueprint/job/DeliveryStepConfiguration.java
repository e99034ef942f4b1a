package io.revblueprint.job;

import io.revblueprint.delivery.Deliverer;
import io.revblueprint.delivery.Delivery;
import io.revblueprint.delivery.DeliveryLog;
import io.revblueprint.delivery.MessageFiles;
import io.revblueprint.delivery.UndeliveredOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Stage 6: send the messages the report step wrote beside the published PDFs, one per chunk, each recipient once per period. */
@Configuration
class DeliveryStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeliveryStepConfiguration.class);

    @Bean
    Step deliverBlueprints(JobRepository jobRepository, PlatformTransactionManager transactions,
                           ListItemReader<Delivery> deliveriesOfRun, UndeliveredOnly undeliveredOnly,
                           ItemWriter<Delivery> blueprintSender) {
        // Run again on a restart: the ledger lets through only what is still unsent.
        return new StepBuilder("deliverBlueprints", jobRepository)
                .<Delivery, Delivery>chunk(1)
                .transactionManager(transactions)
                .reader(deliveriesOfRun)
                .processor(undeliveredOnly)
                .writer(blueprintSender)
                .allowStartIfComplete(true)
                .build();
    }

    /** Fails the run, naming who got nothing and why, when a message could not be sent; a rerun sends only those. */
    @Bean
    Step checkDeliveries(JobRepository jobRepository, PlatformTransactionManager transactions, DeliveryLog deliveryLog) {
        return new StepBuilder("checkDeliveries", jobRepository).tasklet((contribution, chunkContext) -> {
            StepExecution step = chunkContext.getStepContext().getStepExecution();
            RunState run = RunState.of(step);
            long runId = run.runId();
            List<DeliveryLog.Failure> failures = deliveryLog.failuresOf(runId);
            List<DeliveryLog.Failure> unconfirmed = deliveryLog.unconfirmedOf(runId);
            if (!failures.isEmpty() && "NONE".equals(run.email())) {
                // A restart asked for none failed on the earlier attempt's failures at every retry, for good.
                log.warn("{} of this run's messages were not delivered and stay unsent (--email=none); the next run"
                        + " with email sends them", failures.size());
            } else if (!failures.isEmpty()) {
                throw new DeliveryFailedException(failures, unconfirmed, deliveryLog.deliveredForThePeriodOf(runId));
            }
            if (!unconfirmed.isEmpty()) {
                ExecutionContext job = step.getJobExecution().getExecutionContext();
                job.putString(RunKeys.UNCONFIRMED, DeliveryFailedException.unconfirmed(unconfirmed));
                job.putLong(RunKeys.UNCONFIRMED_COUNT, unconfirmed.size());
            }
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    @Bean
    @StepScope
    ListItemReader<Delivery> deliveriesOfRun(@Value("#{stepExecution}") StepExecution step) {
        RunState run = RunState.of(step);
        // With --teams the published folder also holds the other teams' messages, of an earlier run.
        return new ListItemReader<>(MessageFiles.deliveriesIn(run.output().published()).stream()
                .filter(delivery -> run.includes(delivery.scope())).toList());
    }

    /** Already delivered messages are filtered out (counted as filtered, not written). */
    @Bean
    @StepScope
    UndeliveredOnly undeliveredOnly(@Value("#{stepExecution}") StepExecution step, Deliverer deliverer) {
        RunState run = RunState.of(step);
        return new UndeliveredOnly(deliverer, run.email(), run.force(), run.output().out().resolve("outbox"));
    }

    @Bean
    @StepScope
    ItemWriter<Delivery> blueprintSender(@Value("#{stepExecution}") StepExecution step, Deliverer deliverer) {
        RunState run = RunState.of(step);
        Path outbox = run.output().out().resolve("outbox");
        // Once the server cannot be reached or leaves a message unconfirmed, the rest are recorded unsent untried.
        AtomicReference<String> serverFailed = new AtomicReference<>();
        return (Chunk<? extends Delivery> chunk) -> chunk.forEach(delivery -> {
            if (serverFailed.get() != null) {
                deliverer.failUnsent(delivery, run.email(), run.runId(), serverFailed.get());
            } else {
                Deliverer.Attempt attempt = deliverer.send(delivery, run.email(), run.runId(), outbox);
                attempt.serverFailed().ifPresent(serverFailed::set);
                if (attempt.delivered()) {
                    // Counted apart: the step's writes count the messages it tried, the failed ones too.
                    step.getExecutionContext().putLong(RunKeys.DELIVERED,
                            step.getExecutionContext().getLong(RunKeys.DELIVERED, 0) + 1);
                }
            }
        });
    }
}
