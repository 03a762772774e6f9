/**
 * Who may call what: users and roles in PostgreSQL ({@link dev.clvops.deploy.security.UserAccounts}), bearer API
 * tokens stored as SHA-256 ({@link dev.clvops.deploy.security.ApiTokens}), the first-start admin account, and the
 * role matrix of every endpoint group (one place, mirrored in README.md). Hides the filter chains and the token
 * filter.
 */
@NullMarked
package dev.clvops.deploy.security;

import org.jspecify.annotations.NullMarked;
