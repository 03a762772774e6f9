package dev.clvops.deploy.ui;

import java.util.Arrays;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;

/**
 * Keeps Vaadin's auto-configurations out of non-web contexts (the CLI commands run the application without a web
 * server, where Vaadin's configuration fails for want of a {@code WebApplicationContext}). A servlet web context is
 * recognised as Spring Boot's own web condition does: by its registered {@code session} scope.
 */
public final class VaadinOnWebOnly implements AutoConfigurationImportFilter, BeanFactoryAware {

    private static final String VAADIN = "com.vaadin.";

    private boolean web;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        web = beanFactory instanceof ConfigurableBeanFactory configurable
                && Arrays.asList(configurable.getRegisteredScopeNames()).contains("session");
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < matches.length; i++) {
            String candidate = autoConfigurationClasses[i];
            matches[i] = web || candidate == null || !candidate.startsWith(VAADIN);
        }
        return matches;
    }
}
