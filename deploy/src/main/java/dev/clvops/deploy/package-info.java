/** The deployed clvops application: database, CLI and demo bootstrap wiring every module together. */
@NullMarked
package dev.clvops.deploy;

import org.jspecify.annotations.NullMarked;
