package edu.yiban.scoring.student;

import org.apiguardian.api.API;

/**
 * The groups students are ranked in and award quotas are shared out over (排名范围、名额范围): a student's
 * administrative class (班级), major (专业), college (学院) or cohort (年级), as the directory places them on
 * the last day of the evaluated period.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Grouping {
    /** 班级: the administrative class. */
    CLASS,
    /** 专业: the class's major. */
    MAJOR,
    /** 学院: the class's college. */
    COLLEGE,
    /** 年级: the class's cohort (entry year). */
    COHORT
}
