package dev.clvops.deploy.ops;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/** Adds the job-failure listener to every job bean, so no job configuration has to remember it. */
final class JobListenerRegistrar implements BeanPostProcessor {

    private final ObjectProvider<JobFailureAlerts> listener;

    JobListenerRegistrar(ObjectProvider<JobFailureAlerts> listener) {
        this.listener = listener;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            JobExecutionListener alerts = listener.getObject();
            job.registerJobExecutionListener(alerts);
        }
        return bean;
    }
}
