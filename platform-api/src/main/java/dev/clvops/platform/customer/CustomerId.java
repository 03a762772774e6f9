package dev.clvops.platform.customer;

/**
 * A customer's identifier as the source system spells it (trimmed, never blank).
 *
 * @param value the source identifier
 */
public record CustomerId(String value) {

    public CustomerId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("customer id must not be blank: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
