/**
 * The demo bootstrap: on the first start of an empty platform, {@code serve} generates demo data and runs the
 * pipeline ({@link dev.clvops.deploy.demo.DemoPipeline}) in the background. {@code CLVOPS_DEMO=false} turns it off.
 */
@NullMarked
package dev.clvops.deploy.demo;

import org.jspecify.annotations.NullMarked;
