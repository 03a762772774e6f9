package dev.clvops.deploy.monitoring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Drift and retrain settings (prefix {@code clvops.monitoring}).
 *
 * @param parameterTolerance relative change of a refitted BTYD parameter that alerts
 * @param refitWindow BTYD parameters are refitted on the customers acquired within this time before the current
 *     snapshot's cutoff (whole days)
 * @param refitMinCustomers fewest customers in that window to refit on
 * @param minNewOrders orders since the last training needed to retrain
 * @param cooldown time since the last training before retraining again
 * @param weeklyCap retrains allowed in 7 days
 */
@ConfigurationProperties("clvops.monitoring")
record MonitoringProperties(@DefaultValue("0.5") double parameterTolerance,
                            @DefaultValue("365d") Duration refitWindow,
                            @DefaultValue("500") int refitMinCustomers,
                            @DefaultValue("1000") long minNewOrders,
                            @DefaultValue("24h") Duration cooldown,
                            @DefaultValue("3") int weeklyCap) {
}
