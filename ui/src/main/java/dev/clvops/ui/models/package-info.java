/** The Model evaluation tab: the arena and holdout charts of the latest training run, versions and promotions. */
@NullMarked
package dev.clvops.ui.models;

import org.jspecify.annotations.NullMarked;
