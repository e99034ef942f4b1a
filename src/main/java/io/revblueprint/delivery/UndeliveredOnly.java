package io.revblueprint.delivery;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.nio.file.Path;

/** Spring Batch processor: lets through only messages still due; the rest count as filtered. */
public class UndeliveredOnly implements ItemProcessor<Delivery, Delivery> {

    private final Deliverer deliverer;
    private final String channel;
    private final boolean force;
    private final Path outbox;

    public UndeliveredOnly(Deliverer deliverer, String channel, boolean force, Path outbox) {
        this.deliverer = deliverer;
        this.channel = channel;
        this.force = force;
        this.outbox = outbox;
    }

    @Override
    public Delivery process(Delivery delivery) {
        return deliverer.isDue(delivery, channel, force, outbox) ? delivery : null;
    }
}
