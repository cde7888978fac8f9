package edu.yiban.org.chart;

import java.time.LocalDate;

/**
 * The organisation chart (组织架构图) of a campus at any date, drawn from the organisation tree as it stood
 * that day: "who was on the station on 2023-03-01?" is a chart of 2023-03-01.
 *
 * <pre>{@code
 * OrgChart chart = organisation.chart().at(LocalDate.of(2023, 3, 1));
 * String dot = chart.toDot(Locale.SIMPLIFIED_CHINESE);
 * }</pre>
 */
public interface OrgCharts {

    /** The chart on {@code date}. */
    OrgChart at(LocalDate date);
}
