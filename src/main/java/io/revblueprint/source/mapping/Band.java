package io.revblueprint.source.mapping;

import java.math.BigDecimal;

/** A numeric range of values up to {@code max} inclusive (null: no upper end) and the value it stands for. */
record Band(BigDecimal max, String value) {
}
