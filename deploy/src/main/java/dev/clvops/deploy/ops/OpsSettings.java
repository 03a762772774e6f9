package dev.clvops.deploy.ops;

import dev.clvops.monitoring.alerts.WebhookSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operations settings (prefix {@code clvops.ops}).
 *
 * @param alerts where alerts go besides the log
 * @param health thresholds of the health indicators
 */
@ConfigurationProperties("clvops.ops")
public record OpsSettings(@DefaultValue Alerts alerts, @DefaultValue Health health) {

    /**
     * @param webhookUrl the webhook ({@code CLVOPS_ALERT_WEBHOOK}); empty to only log alerts
     * @param format JSON (alert fields) or SLACK ({@code {"text": ...}})
     * @param maxAttempts attempts per alert
     * @param initialBackoff wait before the first retry; doubles per retry
     * @param timeout time-out of one attempt
     */
    public record Alerts(@Nullable URI webhookUrl, @DefaultValue("JSON") WebhookSettings.PayloadFormat format,
                         @DefaultValue("5") int maxAttempts, @DefaultValue("2s") Duration initialBackoff,
                         @DefaultValue("10s") Duration timeout) {

        WebhookSettings webhook() {
            return new WebhookSettings(webhookUrl, format, maxAttempts, initialBackoff, timeout);
        }
    }

    /**
     * @param featureMaxAge the oldest the latest completed feature snapshot may be before freshness is DEGRADED
     * @param families the model families whose champions and registry the indicators check
     */
    public record Health(@DefaultValue("26h") Duration featureMaxAge,
                         @DefaultValue({"bgnbd", "paretonbd", "xgboost", "baseline"}) List<String> families) {

        public Health {
            families = List.copyOf(families);
        }
    }
}
