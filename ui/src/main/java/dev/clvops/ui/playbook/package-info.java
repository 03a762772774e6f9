/** The Retention playbook tab: actions per value tier and segment, top targets, audiences and a budget split. */
@NullMarked
package dev.clvops.ui.playbook;

import org.jspecify.annotations.NullMarked;
