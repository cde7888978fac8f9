/**
 * Recruitment (工作站招新) and rotation (换届轮换) of the student work station (学生工作站): the colleges
 * recommend students with a rank (择优推荐), a selection appoints them within the charter's bounds
 * following a fairness {@link edu.yiban.org.recruitment.RecruitmentPreset}, and a rotation at a term end
 * replaces those who stopped studying or served their terms. Entry point:
 * {@link edu.yiban.org.recruitment.StationRecruitment}, from {@code YibanOrganisation.recruitment()}.
 */
package edu.yiban.org.recruitment;
