package io.revblueprint.report.section;

import net.sf.jasperreports.renderers.Renderable;

/** One strip of a chart that may end a page between strips (templates/tables/chart-strips.jrxml). */
public record ChartStrip(Renderable chart) {
}
