/**
 * Model registry: the {@link dev.clvops.training.registry.PromotionGate} (challenger/champion by a margin on the
 * primary metric), the {@link dev.clvops.training.registry.ResilientModelRegistry} that queues registrations in
 * PostgreSQL while the registry is unreachable, and {@link dev.clvops.training.registry.ModelRegistries} that picks
 * the MLflow or the embedded adapter from {@link dev.clvops.training.registry.RegistrySettings}.
 */
@NullMarked
package dev.clvops.training.registry;

import org.jspecify.annotations.NullMarked;
