/** The clvops web UI: one package per tab, each a {@code <Tab>View} talking to its {@code <Tab>Presenter}. */
@NullMarked
package dev.clvops.ui;

import org.jspecify.annotations.NullMarked;
