package dev.clvops.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.Locale;

/** Small building blocks every tab uses: title, help, KPI cards, empty states, number formats. */
public final class Blocks {

    private Blocks() {
    }

    /** The tab's heading. */
    public static H2 title(String text) {
        H2 title = new H2(text);
        title.getStyle().setMarginTop("0");
        return title;
    }

    /** A collapsed "About this tab" section with a short explanation. */
    public static Details help(String text) {
        Details help = new Details("About this tab", new Paragraph(text));
        help.addClassName("tab-help");
        return help;
    }

    /** A friendly message shown instead of content that does not exist yet. */
    public static Component empty(String message) {
        Paragraph text = new Paragraph(message);
        text.addClassName("empty-state");
        text.getStyle().setColor("var(--lumo-secondary-text-color)").setFontSize("var(--lumo-font-size-l)");
        return text;
    }

    /** A KPI card with a label and its value; {@code id} lets tests and users find it. */
    public static Component kpi(String id, String label, String value) {
        Span caption = new Span(label);
        caption.getStyle().setColor("var(--lumo-secondary-text-color)").setFontSize("var(--lumo-font-size-s)");
        Span number = new Span(value);
        number.setId(id);
        number.addClassName("kpi-value");
        number.getStyle().setFontSize("var(--lumo-font-size-xl)").setFontWeight("600");
        Div card = new Div(caption, new Div(number));
        card.addClassName("kpi");
        card.getStyle().setPadding("var(--lumo-space-m)").setBorderRadius("var(--lumo-border-radius-l)")
                .setBackground("var(--lumo-contrast-5pct)").setMinWidth("150px");
        return card;
    }

    /** A wrapping row of cards or charts. */
    public static FlexLayout row(Component... items) {
        FlexLayout row = new FlexLayout(items);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    /** Money with thousands separators and no cents, e.g. "12,345". */
    public static String money(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** A count with thousands separators. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A share as a percentage with one decimal, e.g. "41.3%". */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A decimal with two places. */
    public static String decimal(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }
}
