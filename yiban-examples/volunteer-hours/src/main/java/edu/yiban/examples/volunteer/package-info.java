/**
 * An example plugin (插件示例): {@link edu.yiban.examples.volunteer.VolunteerHoursPlugin} measures each
 * student's volunteer hours (志愿服务时长) per term from the growth archives, capped, as the indicator
 * {@code volunteer-hours-term} that a campus's evaluation system may read. Its tests run the SDK's
 * indicator contract.
 */
package edu.yiban.examples.volunteer;
