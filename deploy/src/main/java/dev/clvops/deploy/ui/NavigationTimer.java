package dev.clvops.deploy.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Times the server side of every navigation to a view: the whole Vaadin request that enters the view (building it,
 * loading its data, the first page of its grids, writing the response), as {@code clvops.ui.navigation} tagged with
 * the view's class name. The render-time benchmark reads it from Prometheus; operators can chart it.
 */
final class NavigationTimer implements VaadinServiceInitListener, VaadinRequestInterceptor {

    static final String METRIC = "clvops.ui.navigation";
    private static final String STARTED = NavigationTimer.class.getName() + ".started";
    private static final String VIEW = NavigationTimer.class.getName() + ".view";

    private final transient MeterRegistry registry;

    NavigationTimer(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(NavigationTimer::markView));
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
            Exception exception) {
        // the request still ends, and is timed, in requestEnd
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        if (request.getAttribute(VIEW) instanceof String view && request.getAttribute(STARTED) instanceof Long start) {
            Timer.builder(METRIC).description("Server time of a navigation to a view").tag("view", view)
                    .publishPercentileHistogram().register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private static void markView(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            request.setAttribute(VIEW, event.getNavigationTarget().getSimpleName());
        }
    }
}
