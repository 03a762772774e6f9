/** How clvops runs the PostgreSQL it embeds. */
@NullMarked
package dev.clvops.platform.database;

import org.jspecify.annotations.NullMarked;
