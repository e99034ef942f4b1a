package io.revblueprint.crm;

/** A user's role; fixes are owned by role holders and blueprints go to leaders. */
public enum Role {
    SDR, AE, SALES_MANAGER, MARKETING_MANAGER, MARKETING_OPS, REVOPS, EXECUTIVE;

    /** Leaders receive their team's blueprint. */
    public boolean leadsTeam() {
        return this == SALES_MANAGER || this == MARKETING_MANAGER;
    }
}
