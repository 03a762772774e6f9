/**
 * The REST API under {@code /api/v1}: JSON in snake_case, errors as RFC 9457 problem+json, OpenAPI document at
 * {@code /v3/api-docs}. One sub-package per resource group; this package holds the settings, the problem
 * translation and the lookup of the latest analytics run the groups share.
 */
@NullMarked
package dev.clvops.deploy.api;

import org.jspecify.annotations.NullMarked;
