/**
 * The organisation chart (组织架构图, the seed's figure 1) at any date, as Graphviz DOT, Mermaid and JSON.
 * Entry point: {@link edu.yiban.org.chart.OrgCharts}, from {@code YibanOrganisation.chart()}.
 */
package edu.yiban.org.chart;
