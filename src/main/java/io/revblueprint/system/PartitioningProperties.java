package io.revblueprint.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the team blueprints are rendered: {@code partitions} groups of teams (a failed group reruns alone on a
 * restart), on {@code threads} local threads (0: one per core), or with {@code remote} sent over RabbitMQ
 * ({@code spring.rabbitmq.*}) on {@code queue} to workers started with {@code --worker}; the manager looks in the
 * job repository every {@code pollInterval} and fails the step after {@code timeout}.
 */
@ConfigurationProperties("blueprint.partitioning")
public record PartitioningProperties(@DefaultValue("8") int partitions, @DefaultValue("0") int threads,
                                     @DefaultValue("false") boolean remote,
                                     @DefaultValue("blueprint.render-partitions") String queue,
                                     @DefaultValue("1s") Duration pollInterval, @DefaultValue("2h") Duration timeout) {

    public PartitioningProperties {
        if (partitions < 1) {
            throw new IllegalArgumentException("blueprint.partitioning.partitions must be at least 1, not " + partitions);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("blueprint.partitioning.threads must be 0 (one per core) or more, not "
                    + threads);
        }
    }

    /** The threads rendering here: the configured number, else one per core. */
    public int threadCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
