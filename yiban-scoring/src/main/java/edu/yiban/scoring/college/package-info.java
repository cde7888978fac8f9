/**
 * The colleges' YiBan construction evaluation (学院易班建设评价), seed §5.2: {@link
 * edu.yiban.scoring.college.CollegeEvaluation} is the entry point; {@link edu.yiban.scoring.college.CollegePreset}
 * holds the indicator system and the {@link edu.yiban.scoring.college.CollegeRules} (tiers, tie-break order,
 * demonstration centres 示范中心); {@link edu.yiban.scoring.college.CollegeIndicator} lists the indicators the
 * library measures; {@link edu.yiban.scoring.college.ImportedMetric} brings in figures from elsewhere with their
 * source and date. The formulas and a worked example are in {@code docs/evaluation.md}.
 */
package edu.yiban.scoring.college;
