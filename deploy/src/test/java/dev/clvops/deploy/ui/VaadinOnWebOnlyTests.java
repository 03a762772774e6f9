package dev.clvops.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.SimpleThreadScope;

class VaadinOnWebOnlyTests {

    private static final String[] CANDIDATES = {"com.vaadin.flow.spring.SpringBootAutoConfiguration", null,
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"};

    @Test
    void dropsVaadinAutoConfigurationsOutsideAWebContext() {
        VaadinOnWebOnly filter = new VaadinOnWebOnly();
        filter.setBeanFactory(new DefaultListableBeanFactory());

        assertThat(filter.match(CANDIDATES, null)).containsExactly(false, true, true);
    }

    @Test
    void keepsEverythingInAServletWebContext() {
        DefaultListableBeanFactory web = new DefaultListableBeanFactory();
        web.registerScope("session", new SimpleThreadScope());
        VaadinOnWebOnly filter = new VaadinOnWebOnly();
        filter.setBeanFactory(web);

        assertThat(filter.match(CANDIDATES, null)).containsExactly(true, true, true);
    }
}
