/** The sign-in page; Spring Security's form login processes what it posts. */
@NullMarked
package dev.clvops.ui.login;

import org.jspecify.annotations.NullMarked;
