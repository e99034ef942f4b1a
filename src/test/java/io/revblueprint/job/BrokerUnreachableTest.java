package io.revblueprint.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.AmqpIOException;
import org.springframework.amqp.rabbit.listener.ListenerContainerConsumerFailedEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

/** A worker started with a wrong broker host printed two stack traces every 5 s; it says what to check, in one line. */
@ExtendWith(OutputCaptureExtension.class)
class BrokerUnreachableTest {

    @Test
    void aFailedAttemptToReachTheBrokerIsOneLineNamingItsCause(CapturedOutput console) {
        new RemotePartitioningConfiguration().brokerUnreachable(new ListenerContainerConsumerFailedEvent(this,
                "Consumer raised exception, attempting restart",
                new AmqpIOException(new UnknownHostException("rabbit.nowhere.invalid")), false));

        assertThat(console.getOut().lines().filter(line -> line.contains("RabbitMQ")).toList()).singleElement()
                .asString().contains("Cannot take partitions from RabbitMQ: Consumer raised exception, attempting"
                        + " restart (java.net.UnknownHostException: rabbit.nowhere.invalid); trying again (check"
                        + " spring.rabbitmq.host");
        assertThat(console.getOut()).doesNotContain("\tat ");
    }
}
