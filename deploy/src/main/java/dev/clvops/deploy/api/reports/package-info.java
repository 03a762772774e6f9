/** Report endpoints: list report runs, generate (OPS), download one file or a run's ZIP (LEADERSHIP reads). */
@NullMarked
package dev.clvops.deploy.api.reports;

import org.jspecify.annotations.NullMarked;
