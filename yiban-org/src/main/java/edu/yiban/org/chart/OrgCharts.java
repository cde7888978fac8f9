package edu.yiban.org.chart;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The organisation chart (组织架构图) of a campus at any date, drawn from the organisation tree as it stood
 * that day: "who was on the station on 2023-03-01?" is a chart of 2023-03-01.
 *
 * <pre>{@code
 * OrgChart chart = organisation.chart().at(LocalDate.of(2023, 3, 1));
 * String dot = chart.toDot(Locale.SIMPLIFIED_CHINESE);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface OrgCharts {

    /** The chart on {@code date}. */
    OrgChart at(LocalDate date);
}
