package dev.clvops.training.synthetic;

import org.jspecify.annotations.Nullable;

/** A customer's observable attributes, as written on every order row; gender is empty when unknown. */
record Attributes(String channel, String acquisitionSource, String country, String city, String currency,
        int age, String ageBand, String gender, String preferredCategory, @Nullable String acquisitionCampaign) {
}
