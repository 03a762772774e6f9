/** Administration over REST: users and API tokens (ADMIN only). Secrets are in the creating response only. */
@NullMarked
package dev.clvops.deploy.api.admin;

import org.jspecify.annotations.NullMarked;
