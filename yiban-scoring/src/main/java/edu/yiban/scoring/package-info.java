/**
 * Evaluation (评价): indicators and indicator systems, the students' comprehensive evaluation (学生综合测评)
 * and the colleges' YiBan construction evaluation (学院易班建设评价), with explanations for every score.
 */
package edu.yiban.scoring;
