package io.revblueprint.job;

import io.revblueprint.system.PartitioningProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.ListenerContainerConsumerFailedEvent;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.messaging.MessageChannel;

import java.util.List;

/**
 * Remote partitioning of the team blueprints over RabbitMQ ({@code blueprint.partitioning.remote=true}; the broker from
 * {@code spring.rabbitmq.*}). The manager puts one message per partition on a durable queue and polls the job
 * repository until every partition has ended; a worker ({@code --worker}) takes one partition at a time per thread,
 * runs {@code renderTeams} against the same database and output folder, and acknowledges the message only when the
 * partition has ended, so a partition of a worker that dies is redelivered to another, which renders its teams again.
 * A message whose run is no longer running (the manager timed out; a rerun sends its own) is dropped.
 */
@Configuration
@ConditionalOnProperty(name = "blueprint.partitioning.remote", havingValue = "true")
@EnableIntegration
class RemotePartitioningConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RemotePartitioningConfiguration.class);

    @Bean
    Queue renderPartitionQueue(PartitioningProperties partitioning) {
        return new Queue(partitioning.queue(), true);
    }

    @Bean
    MessageChannel renderRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow renderRequestsToQueue(MessageChannel renderRequests, RabbitTemplate rabbit,
                                          PartitioningProperties partitioning) {
        return IntegrationFlow.from(renderRequests)
                .handle(Amqp.outboundAdapter(rabbit).routingKey(partitioning.queue()))
                .get();
    }

    @Bean
    PartitionHandler renderPartitions(MessageChannel renderRequests, JobRepository jobRepository,
                                      PartitioningProperties partitioning) throws Exception {
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(ReportStepConfiguration.RENDER_TEAMS);
        handler.setGridSize(partitioning.partitions());
        handler.setMessagingOperations(new MessagingTemplate(renderRequests));
        handler.setJobRepository(jobRepository);
        handler.setPollInterval(partitioning.pollInterval().toMillis());
        handler.setTimeout(partitioning.timeout().toMillis());
        handler.afterPropertiesSet();
        return handler;
    }

    /** A worker: partitions from the queue, one per thread, each acknowledged when it has ended (or dropped if broken). */
    @Bean
    @ConditionalOnProperty(name = "blueprint.partitioning.worker", havingValue = "true")
    IntegrationFlow renderWorker(ConnectionFactory rabbit, JobRepository jobRepository, BeanFactory beans,
                                 PartitioningProperties partitioning) {
        BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
        steps.setBeanFactory(beans);
        StepExecutionRequestHandler partitions = new StepExecutionRequestHandler();
        partitions.setJobRepository(jobRepository);
        partitions.setStepLocator(steps);
        SimpleMessageConverter requests = new SimpleMessageConverter();
        requests.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName(), "java.lang.*"));
        return IntegrationFlow.from(Amqp.inboundAdapter(rabbit, partitioning.queue())
                        .messageConverter(requests)
                        .configureContainer(container -> container.prefetchCount(1)
                                .concurrentConsumers(partitioning.threadCount())
                                .defaultRequeueRejected(false)))
                .filter(StepExecutionRequest.class, request -> ofARunningJob(jobRepository, request))
                .handle(partitions, "handle")
                .nullChannel();
    }

    /**
     * One line per failed attempt to reach the broker: the container's own log printed two stack traces every 5 s
     * (a worker started with a wrong host), so --worker turns that log off.
     */
    @EventListener
    void brokerUnreachable(ListenerContainerConsumerFailedEvent failure) {
        Throwable cause = failure.getThrowable();
        log.warn("Cannot take partitions from RabbitMQ: {}{}; trying again (check spring.rabbitmq.host, .port and the"
                + " credentials)", failure.getReason(),
                cause == null ? "" : " (" + NestedExceptionUtils.getMostSpecificCause(cause) + ")");
    }

    /** A partition left on the queue by a run that has since failed (its manager gave up) is dropped, not rendered. */
    private static boolean ofARunningJob(JobRepository jobRepository, StepExecutionRequest request) {
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        boolean running = partition != null && partition.getJobExecution().isRunning();
        if (!running) {
            log.info("Dropped partition {} (step execution {}): its run is no longer running",
                    partition == null ? "?" : partition.getStepName(), request.getStepExecutionId());
        }
        return running;
    }
}
