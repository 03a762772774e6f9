package dev.clvops.ui.shell;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * Shown for unknown paths and for tabs the user's roles do not open (Vaadin reports both as not found, so the page
 * does not reveal which tabs exist).
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private static final int NOT_FOUND = 404;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(Blocks.title("Not available"), Blocks.empty("'" + event.getLocation().getPath() + "' does not exist or "
                + "your role cannot open it. The side navigation lists the tabs you can use."));
        return NOT_FOUND;
    }
}
