/**
 * Models for operations: registry versions and aliases per family, arena metrics (training runs, else the registry
 * versions' metrics), and drift reports where the monitoring module has stored any.
 */
@NullMarked
package dev.clvops.deploy.api.models;

import org.jspecify.annotations.NullMarked;
