/**
 * The application shell shared by every tab: {@link dev.clvops.ui.shell.MainLayout} with the side navigation, the
 * role names views allow, and small building blocks (KPI cards, help, empty states).
 */
@NullMarked
package dev.clvops.ui.shell;

import org.jspecify.annotations.NullMarked;
