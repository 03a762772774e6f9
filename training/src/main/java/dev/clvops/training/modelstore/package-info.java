/**
 * The stored form of fitted models: {@link dev.clvops.training.modelstore.ClvModelCodec} turns any family's
 * {@code ClvModel} into the registry's model artifact and back, so a model downloaded from the registry predicts
 * exactly what the trained one did. The per-family JSON documents stay package-private.
 */
@NullMarked
package dev.clvops.training.modelstore;

import org.jspecify.annotations.NullMarked;
