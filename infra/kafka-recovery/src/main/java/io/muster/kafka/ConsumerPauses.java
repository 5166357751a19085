package io.muster.kafka;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.listener.BackOffHandler;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Between two tries of a failed record the consumer is paused rather than put to sleep: it keeps
 * polling (without records), so it stays responsive to rebalances and shutdown however long an
 * outage lasts. Its own scheduler resumes it; it is not a TaskScheduler bean, so it never becomes
 * the one {@code @Scheduled} jobs run on.
 */
class ConsumerPauses implements DisposableBean {

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final BackOffHandler handler;

    ConsumerPauses() {
        scheduler.setThreadNamePrefix("kafka-resume-");
        scheduler.initialize();
        handler = new ContainerPausingBackOffHandler(new ListenerContainerPauseService(null, scheduler));
    }

    BackOffHandler handler() {
        return handler;
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
