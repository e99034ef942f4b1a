package io.revblueprint.crm;

import java.math.BigDecimal;

/** A marketing campaign and what it cost. */
public record Campaign(String campaignId, String name, String channel, BigDecimal cost, String currency) {
}
