package dev.clvops.deploy.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The one app shell: the Lumo theme (Vaadin 25 has no default) and push for live job progress. */
@Push
@StyleSheet(Lumo.STYLESHEET)
class ClvopsAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("clvops");
    }
}
