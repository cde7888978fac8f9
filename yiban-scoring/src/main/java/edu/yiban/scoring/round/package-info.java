/**
 * Evaluation rounds (测评批次): one run of an evaluation over a term or an academic year, from the
 * draft through computation, publicity (公示) and appeals (申诉) to the final results (定稿) that are
 * written into every student's growth archive (成长档案). The entry point is {@link
 * edu.yiban.scoring.round.EvaluationRounds}; an evaluation plugs in through {@link
 * edu.yiban.scoring.round.RoundEvaluation}. See {@code docs/evaluation.md}.
 */
package edu.yiban.scoring.round;
