/** The Model evaluation tab: every registered version per model family with holdout metrics, and promotions. */
@NullMarked
package dev.clvops.ui.models;

import org.jspecify.annotations.NullMarked;
