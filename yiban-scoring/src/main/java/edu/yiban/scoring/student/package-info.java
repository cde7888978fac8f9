/**
 * The students' comprehensive evaluation (学生综合测评), seed §3.2: rule tables (加减分细则) by academic year,
 * the credit-weighted GPA (学分绩点), the five dimensions 德智体美劳 weighed by an indicator system with vetoes
 * and gates, ranks (排名) and awards (评奖评优). The entry point is {@link edu.yiban.scoring.student.StudentEvaluation};
 * {@code docs/evaluation.md} gives every formula with worked examples.
 */
package edu.yiban.scoring.student;
