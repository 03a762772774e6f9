package dev.clvops.ui.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import java.security.Principal;
import java.util.Optional;

/**
 * The shell: a header with the signed-in user and a side navigation listing only the tabs the user may open. Every
 * signed-in user may use it; each view narrows access by role.
 */
@PermitAll
public class MainLayout extends AppLayout {

    /** Creates the shell; {@code signOut} ends the session. */
    public MainLayout(SignOut signOut) {
        addToNavbar(new DrawerToggle(), createHeader(signOut));
        addToDrawer(createNavigation());
        setPrimarySection(Section.DRAWER);
    }

    private HorizontalLayout createHeader(SignOut signOut) {
        H1 title = new H1("clvops");
        title.getStyle().setFontSize("var(--lumo-font-size-l)").setMargin("0");
        Span user = new Span(currentUser());
        user.setId("current-user");
        Button logout = new Button("Sign out", click -> signOut.signOut());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(title, user, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.getStyle().setPaddingRight("var(--lumo-space-m)");
        return header;
    }

    private SideNav createNavigation() {
        SideNav nav = new SideNav();
        nav.setId("tabs");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        return nav;
    }

    private static String currentUser() {
        return Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getUserPrincipal)
                .map(Principal::getName).orElse("");
    }
}
