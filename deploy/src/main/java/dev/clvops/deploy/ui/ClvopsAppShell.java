package dev.clvops.deploy.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The one app shell: the Lumo theme (Vaadin 25 has no default), push for live job progress, and every view's
 * components loaded with the application. Lazy per-view chunks went stale when a view started using a component
 * the committed production bundle had only in other views' chunks (the component then never upgraded).
 */
@Push
@LoadDependenciesOnStartup
@StyleSheet(Lumo.STYLESHEET)
class ClvopsAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("clvops");
    }
}
