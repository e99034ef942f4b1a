package io.revblueprint.delivery;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Spring Batch processor: lets through only messages still due; the rest count as filtered. */
public class UndeliveredOnly implements ItemProcessor<Delivery, Delivery> {

    private final Deliverer deliverer;
    private final String channel;
    private final boolean force;

    public UndeliveredOnly(Deliverer deliverer, String channel, boolean force) {
        this.deliverer = deliverer;
        this.channel = channel;
        this.force = force;
    }

    @Override
    public Delivery process(Delivery delivery) {
        return deliverer.isDue(delivery, channel, force) ? delivery : null;
    }
}
