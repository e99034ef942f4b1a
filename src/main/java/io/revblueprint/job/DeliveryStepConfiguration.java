package io.revblueprint.job;

import io.revblueprint.delivery.Deliverer;
import io.revblueprint.delivery.Delivery;
import io.revblueprint.delivery.MessageFiles;
import io.revblueprint.delivery.UndeliveredOnly;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Stage 6: send the messages the report step wrote beside the published PDFs, one per chunk, each recipient once per period. */
@Configuration
class DeliveryStepConfiguration {

    @Bean
    Step deliverBlueprints(JobRepository jobRepository, PlatformTransactionManager transactions,
                           ListItemReader<Delivery> deliveriesOfRun, UndeliveredOnly undeliveredOnly,
                           ItemWriter<Delivery> blueprintSender) {
        return new StepBuilder("deliverBlueprints", jobRepository)
                .<Delivery, Delivery>chunk(1)
                .transactionManager(transactions)
                .reader(deliveriesOfRun)
                .processor(undeliveredOnly)
                .writer(blueprintSender)
                .build();
    }

    @Bean
    @StepScope
    ListItemReader<Delivery> deliveriesOfRun(@Value("#{stepExecution}") StepExecution step) {
        return new ListItemReader<>(MessageFiles.deliveriesIn(RunState.of(step).output().published()));
    }

    /** Already delivered messages are filtered out (counted as filtered, not written). */
    @Bean
    @StepScope
    UndeliveredOnly undeliveredOnly(@Value("#{stepExecution}") StepExecution step, Deliverer deliverer) {
        RunState run = RunState.of(step);
        return new UndeliveredOnly(deliverer, run.email(), run.force());
    }

    @Bean
    @StepScope
    ItemWriter<Delivery> blueprintSender(@Value("#{stepExecution}") StepExecution step, Deliverer deliverer) {
        RunState run = RunState.of(step);
        return (Chunk<? extends Delivery> chunk) -> chunk.forEach(delivery ->
                deliverer.send(delivery, run.email(), run.runId(), run.output().out().resolve("outbox")));
    }
}
