package dev.clvops.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;

/** The root path: forwards to the first tab the signed-in user may open (roles see different first tabs). */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    public HomeView() {
        add(Blocks.empty("Your account has no role that opens a tab; ask an administrator for one."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MenuConfiguration.getMenuEntries().stream().findFirst().map(MenuEntry::path)
                .ifPresent(path -> event.forwardTo(path.startsWith("/") ? path.substring(1) : path));
    }
}
