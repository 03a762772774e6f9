package dev.clvops.deploy.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.reports.analytics.AnalyticsSettings;
import dev.clvops.reports.playbook.RetentionAction;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class AnalyticsPropertiesTests {

    private static AnalyticsProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("clvops.analytics", AnalyticsProperties.class);
    }

    @Test
    void defaultsAreTheReportsModuleDefaults() {
        assertThat(bind(Map.of()).toSettings()).isEqualTo(AnalyticsSettings.defaults());
    }

    @Test
    void bindsOverridesIncludingSingleActionCosts() {
        AnalyticsSettings settings = bind(Map.of("clvops.analytics.clustering.k-max", "6",
                "clvops.analytics.audiences.cac-share", "0.25",
                "clvops.analytics.playbook.cost-per-customer.vip-rewards", "7.5")).toSettings();

        assertThat(settings.clustering().kMax()).isEqualTo(6);
        assertThat(settings.audiences().cacShare()).isEqualTo(0.25);
        assertThat(settings.playbook().costPerCustomer()).containsEntry(RetentionAction.VIP_REWARDS, 7.5)
                .containsEntry(RetentionAction.WIN_BACK_DISCOUNT, 8.0);
    }

    @Test
    void rejectsBudgetSharesThatDoNotSumToOne() {
        AnalyticsProperties properties = bind(Map.of("clvops.analytics.audiences.high-share", "0.9"));

        assertThatThrownBy(properties::toSettings).hasMessageContaining("sum to 1");
    }
}
