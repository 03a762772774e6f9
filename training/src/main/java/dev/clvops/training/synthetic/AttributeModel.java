package dev.clvops.training.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hipparchus.random.RandomGenerator;

/**
 * The observable attributes and how they load on the latent traits (frequency, loyalty, spend). App and e-mail
 * customers buy more often, marketplace and social customers churn sooner, electronics buyers spend more per order.
 */
final class AttributeModel {

    static final AttributeTable CHANNELS = AttributeTable.of(
            new Level("web", 0.50, 0, 0, 0), new Level("app", 0.25, 0.6, 0.4, -0.1),
            new Level("store", 0.15, -0.3, 0.2, 0.4), new Level("marketplace", 0.10, -0.3, -0.6, -0.3));
    static final AttributeTable SOURCES = AttributeTable.of(
            new Level("organic", 0.30, 0.2, 0.3, 0), new Level("paid_search", 0.25, 0, -0.2, 0.1),
            new Level("social", 0.15, -0.2, -0.5, -0.3), new Level("referral", 0.10, 0.3, 0.4, 0.1),
            new Level("email", 0.10, 0.4, 0.2, 0), new Level("affiliate", 0.10, -0.3, -0.3, 0));
    static final AttributeTable COUNTRIES = AttributeTable.of(
            new Level("DE", 0.25, 0, 0.1, 0), new Level("FR", 0.15, 0, 0, -0.1), new Level("GB", 0.15, 0.1, 0, 0.1),
            new Level("US", 0.20, 0.2, -0.1, 0.3), new Level("NL", 0.08, 0.1, 0.1, 0),
            new Level("ES", 0.09, -0.1, 0, -0.2), new Level("IT", 0.08, -0.1, 0.1, -0.1));
    static final AttributeTable AGE_BANDS = AttributeTable.of(
            new Level("18-24", 0.15, 0.1, -0.4, -0.4), new Level("25-34", 0.25, 0.2, -0.1, -0.1),
            new Level("35-44", 0.22, 0, 0.1, 0.2), new Level("45-54", 0.18, -0.1, 0.2, 0.3),
            new Level("55-64", 0.12, -0.2, 0.3, 0.2), new Level("65-80", 0.08, -0.3, 0.3, 0));
    static final AttributeTable CATEGORIES = AttributeTable.of(
            new Level("electronics", 0.15, -0.2, 0, 0.6), new Level("fashion", 0.25, 0.3, -0.2, 0),
            new Level("home", 0.15, -0.1, 0.1, 0.3), new Level("beauty", 0.15, 0.4, 0.1, -0.3),
            new Level("books", 0.15, 0.2, 0.2, -0.5), new Level("sports", 0.15, 0, 0, 0.1));

    private static final Map<String, List<String>> CITIES = Map.of(
            "DE", List.of("Berlin", "Hamburg", "München", "Köln"), "FR", List.of("Paris", "Lyon", "Marseille"),
            "GB", List.of("London", "Manchester", "Birmingham"),
            "US", List.of("New York", "Chicago", "Austin", "Washington, D.C."),
            "NL", List.of("Amsterdam", "Rotterdam"), "ES", List.of("Madrid", "Barcelona"),
            "IT", List.of("Milano", "Roma"));

    private AttributeModel() {
    }

    /** Draws the attributes of a customer with the given latent traits, acquired on {@code acquired}. */
    static Attributes draw(RandomGenerator random, Traits traits, LocalDate acquired) {
        String channel = CHANNELS.draw(random.nextDouble(), traits).name();
        String source = SOURCES.draw(random.nextDouble(), traits).name();
        String country = COUNTRIES.draw(random.nextDouble(), traits).name();
        String ageBand = AGE_BANDS.draw(random.nextDouble(), traits).name();
        String category = CATEGORIES.draw(random.nextDouble(), traits).name();
        List<String> cities = cities(country);
        String city = cities.get(random.nextInt(cities.size()));
        int lowAge = Integer.parseInt(ageBand.substring(0, 2));
        int age = lowAge + random.nextInt(Integer.parseInt(ageBand.substring(3)) - lowAge + 1);
        double genderDraw = random.nextDouble();
        String gender = genderDraw < 0.49 ? "F" : genderDraw < 0.97 ? "M" : "";
        String campaign = source.equals("organic") || source.equals("referral") ? null
                : source + "_" + acquired.getYear() + "q" + ((acquired.getMonthValue() + 2) / 3);
        return new Attributes(channel, source, country, city, currency(country), age, ageBand, gender, category,
                campaign);
    }

    static List<String> cities(String country) {
        List<String> cities = CITIES.get(country);
        if (cities == null) {
            throw new IllegalArgumentException("no cities for country " + country);
        }
        return cities;
    }

    static String currency(String country) {
        return switch (country) {
            case "GB" -> "GBP";
            case "US" -> "USD";
            default -> "EUR";
        };
    }
}
