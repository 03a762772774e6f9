/**
 * The shared kernel of clvops: domain records, ports and events that every other module builds on.
 * Plain Java only; adapters that implement these ports live in the feature modules.
 */
@NullMarked
package dev.clvops.platform;

import org.jspecify.annotations.NullMarked;
