/**
 * Formulas (公式) of evaluation rules: a small, sandboxed expression language with exact arithmetic, read once
 * when the rules are loaded. {@link edu.yiban.scoring.internal.formula.Formula} is the entry point,
 * {@link edu.yiban.scoring.internal.formula.Rational} its numbers and
 * {@link edu.yiban.scoring.internal.formula.FormulaException} its faults; the lexer, parser and pieces of a
 * parsed formula stay package-private beside them. See {@code docs/formulas.md}.
 */
package edu.yiban.scoring.internal.formula;
