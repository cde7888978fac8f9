package edu.yiban.scoring.internal.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Formulas of evaluation rules, worked by hand: exact results, the order of operations, and every fault with its column. */
class FormulaTest {
    private static final Set<String> ABC = Set.of("a", "b", "c");

    /** The value of {@code source} with {@code pairs} = name, value, name, value… */
    private static Rational evaluate(String source, String... pairs) {
        Map<String, Rational> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], r(pairs[i + 1]));
        }
        return Formula.parse(source, values.keySet()).evaluate(values::get);
    }

    private static Rational r(String decimal) {
        return Rational.of(new BigDecimal(decimal));
    }

    private static FormulaException refused(String source, Set<String> names) {
        return catchThrowableOfType(FormulaException.class, () -> Formula.parse(source, names));
    }

    private static void assertAt(FormulaException fault, String source, int position, String key) {
        assertThat(fault).as("a fault in `%s`", source).isNotNull();
        assertThat(fault.position()).isEqualTo(position);
        assertThat(fault.problem().key()).isEqualTo(key);
        assertThat(fault.getMessage()).isEqualTo(fault.problem().en());
        if (!key.equals("formula.empty") && !key.equals("formula.length")) {
            assertThat(fault.problem().en()).startsWith("at column " + (position + 1) + " of `" + source + "`: ");
            assertThat(fault.problem().zh()).startsWith("公式“" + source + "”第 " + (position + 1) + " 个字符处：");
        }
    }

    // ---- worked examples

    @Test
    void aCappedBonusIsTenPointsPerUnitUpToAHundred() {
        // min(7.5 × 10, 100) = 75; min(12 × 10, 100) = 100
        assertThat(evaluate("min(pu * 10, 100)", "pu", "7.5")).isEqualTo(Rational.of(75));
        assertThat(evaluate("min(pu * 10, 100)", "pu", "12")).isEqualTo(Rational.of(100));
    }

    @Test
    void aScoreBelowSixtyGivesNothingAndAboveItATenthLessFive() {
        String bonus = "if(score < 60, 0, score / 10 - 5)";
        // 85.5 / 10 − 5 = 3.55, exactly
        assertThat(evaluate(bonus, "score", "85.5")).isEqualTo(r("3.55"));
        assertThat(evaluate(bonus, "score", "85.5").toBigDecimalExact()).isEqualByComparingTo("3.55");
        assertThat(evaluate(bonus, "score", "59.99")).isEqualTo(Rational.ZERO);
        // 60 is not below 60: 60 / 10 − 5 = 1
        assertThat(evaluate(bonus, "score", "60")).isEqualTo(Rational.ONE);
    }

    @Test
    void aThirdTimesThreeIsExactlyOne() {
        assertThat(evaluate("1 / 3 * 3")).isEqualTo(Rational.ONE);
        assertThat(evaluate("0.1 + 0.2")).isEqualTo(r("0.3"));
        assertThat(evaluate("1 / 3").toString()).isEqualTo("1/3");
    }

    @Test
    void roundIsHalfUpAwayFromZeroLikeBigDecimal() {
        // 2/3 = 0.666… → 0.67
        assertThat(evaluate("round(2 / 3, 2)")).isEqualTo(r("0.67"));
        assertThat(evaluate("round(2.5, 0)")).isEqualTo(Rational.of(3));
        assertThat(evaluate("round(-2.5, 0)")).isEqualTo(Rational.of(-3));
        assertThat(evaluate("round(-2.45, 1)")).isEqualTo(r("-2.5"));
        assertThat(evaluate("round(1 / 8, 2)")).isEqualTo(r("0.13"));
        assertThat(evaluate("round(a, 8)", "a", "0.123456785")).isEqualTo(r("0.12345679"));
    }

    @Test
    void floorGoesTowardMinusInfinityAndCeilTowardPlusInfinity() {
        assertThat(evaluate("floor(2 / 3, 2)")).isEqualTo(r("0.66"));
        assertThat(evaluate("ceil(2 / 3, 2)")).isEqualTo(r("0.67"));
        assertThat(evaluate("floor(-2.5, 0)")).isEqualTo(Rational.of(-3));
        assertThat(evaluate("ceil(-2.5, 0)")).isEqualTo(Rational.of(-2));
        assertThat(evaluate("floor(1.009, 2)")).isEqualTo(r("1"));
        assertThat(evaluate("ceil(1.001, 2)")).isEqualTo(r("1.01"));
        assertThat(evaluate("ceil(3, 0)")).isEqualTo(Rational.of(3));
    }

    @Test
    void clampHoldsANumberBetweenItsBounds() {
        assertThat(evaluate("clamp(a, 0, 10)", "a", "-5")).isEqualTo(Rational.ZERO);
        assertThat(evaluate("clamp(a, 0, 10)", "a", "5.5")).isEqualTo(r("5.5"));
        assertThat(evaluate("clamp(a, 0, 10)", "a", "15")).isEqualTo(Rational.of(10));
        assertThat(evaluate("clamp(a, -10, -2)", "a", "0")).isEqualTo(Rational.of(-2));
    }

    @Test
    void clampBoundsTheWrongWayRoundAreAFault() {
        String source = "clamp(a, 10, 0)";
        FormulaException written = refused(source, ABC);
        assertAt(written, source, 0, "formula.clamp.bounds");
        assertThat(written.problem().en()).contains("lower bound 10", "upper bound 0");

        FormulaException evaluated = catchThrowableOfType(FormulaException.class,
                () -> evaluate("1 + clamp(a, b, c)", "a", "1", "b", "3", "c", "2"));
        assertAt(evaluated, "1 + clamp(a, b, c)", 4, "formula.clamp.bounds");
        assertThat(evaluated.problem().zh()).contains("下限 3 高于上限 2");
    }

    @Test
    void minAndMaxTakeAnyNumberOfArgumentsFromTwo() {
        assertThat(evaluate("max(1, 5, 3, -2)")).isEqualTo(Rational.of(5));
        assertThat(evaluate("min(1, 5, 3, -2)")).isEqualTo(Rational.of(-2));
        assertThat(evaluate("abs(-2.5) + abs(2.5)")).isEqualTo(Rational.of(5));
    }

    @Test
    void multiplicationBindsTighterThanAdditionAndBothGoLeftToRight() {
        assertThat(evaluate("1 + 2 * 3")).isEqualTo(Rational.of(7));
        assertThat(evaluate("(1 + 2) * 3")).isEqualTo(Rational.of(9));
        // (10 − 4) − 3 = 3, not 10 − (4 − 3) = 9; (12 / 4) / 3 = 1, not 12 / (4 / 3) = 9
        assertThat(evaluate("10 - 4 - 3")).isEqualTo(Rational.of(3));
        assertThat(evaluate("12 / 4 / 3")).isEqualTo(Rational.ONE);
    }

    @Test
    void aMinusSignBindsTightest() {
        assertThat(evaluate("-2 * -3")).isEqualTo(Rational.of(6));
        assertThat(evaluate("--a", "a", "2")).isEqualTo(Rational.of(2));
        assertThat(evaluate("- a * 3", "a", "2")).isEqualTo(Rational.of(-6));
        assertThat(evaluate("2 - -a", "a", "2")).isEqualTo(Rational.of(4));
    }

    @Test
    void notBindsLooserThanAComparisonAndAndTighterThanOr() {
        String notAnd = "if(not a > 1 and b < 2, 1, 0)";
        // (not (a > 1)) and (b < 2)
        assertThat(evaluate(notAnd, "a", "0", "b", "0")).isEqualTo(Rational.ONE);
        assertThat(evaluate(notAnd, "a", "2", "b", "0")).isEqualTo(Rational.ZERO);
        assertThat(evaluate(notAnd, "a", "0", "b", "3")).isEqualTo(Rational.ZERO);
        // a > 1 or (b > 1 and c > 1): true for a = 2 alone, where (a > 1 or b > 1) and c > 1 would be false
        assertThat(evaluate("if(a > 1 or b > 1 and c > 1, 1, 0)", "a", "2", "b", "0", "c", "0")).isEqualTo(Rational.ONE);
        assertThat(evaluate("if(not not a == 1, 1, 0)", "a", "1")).isEqualTo(Rational.ONE);
    }

    @Test
    void comparisonsAreExact() {
        assertThat(evaluate("if(1 / 3 * 3 == 1, 1, 0)")).isEqualTo(Rational.ONE);
        assertThat(evaluate("if(a >= 60, 1, 0) + if(a <= 60, 1, 0) + if(a != 60, 1, 0)", "a", "60.00")).isEqualTo(Rational.of(2));
        assertThat(evaluate("if(a > 59.99, 1, 0)", "a", "59.99")).isEqualTo(Rational.ZERO);
    }

    @Test
    void ifEvaluatesOnlyItsChosenBranchAndAndOrStopWhenTheLeftDecides() {
        assertThat(evaluate("if(x == 0, 0, 1 / x)", "x", "0")).isEqualTo(Rational.ZERO);
        assertThat(evaluate("if(x != 0 and 1 / x > 2, 1, 0)", "x", "0")).isEqualTo(Rational.ZERO);
        assertThat(evaluate("if(x == 0 or 1 / x > 2, 1, 0)", "x", "0")).isEqualTo(Rational.ONE);
    }

    @Test
    void aDivisorThatComesToZeroIsAFaultAtItsSlash() {
        Formula formula = Formula.parse("a / (b - c)", ABC);
        FormulaException fault = catchThrowableOfType(FormulaException.class,
                () -> formula.evaluate(name -> Rational.of(2)));

        assertAt(fault, "a / (b - c)", 2, "formula.division.zero");
        assertThat(fault.problem().en()).isEqualTo("at column 3 of `a / (b - c)`: division by zero: the divisor 'b - c' came to 0");
        assertThat(fault.problem().zh()).isEqualTo("公式“a / (b - c)”第 3 个字符处：除数“b - c”的值为 0，不能相除");
    }

    @Test
    void theVariablesUsedAreSortedAndEachMustHaveAValue() {
        Formula formula = Formula.parse("b + a * b", ABC);

        assertThat(formula.names()).containsExactly("a", "b");
        assertThatThrownBy(() -> formula.names().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(formula.source()).isEqualTo("b + a * b");
        assertThat(formula).hasToString("b + a * b");
        assertThatThrownBy(() -> formula.evaluate(name -> name.equals("a") ? Rational.ONE : null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'b'");
    }

    @Test
    void aVariableNameMustBeWritableAndMayNotShadowAFunctionOrAWord() {
        for (String name : List.of("min", "if", "round", "and", "not", "2a", "a-b", "分数", "")) {
            assertThatThrownBy(() -> Formula.parse("1", Set.of(name))).as(name).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Formula.parse("_x1 + X_2", Set.of("_x1", "X_2")).names()).containsExactly("X_2", "_x1");
    }

    // ---- faults when a formula is read

    @Test
    void anUnexpectedCharacterIsNamed() {
        FormulaException fault = refused("pu # 2", Set.of("pu"));
        assertAt(fault, "pu # 2", 3, "formula.character");
        assertThat(fault.problem().en()).endsWith("unexpected character '#'");
        assertThat(fault.problem().zh()).endsWith("不能使用字符“#”");
    }

    @Test
    void aCharacterTypedByAChineseInputMethodOrALoneEqualsSignGetsASuggestion() {
        FormulaException fullWidth = refused("min（a, 1)", ABC);
        assertAt(fullWidth, "min（a, 1)", 3, "formula.character.instead");
        assertThat(fullWidth.problem().en()).endsWith("unexpected character '（'; write '(' instead");
        assertThat(fullWidth.problem().zh()).endsWith("不能使用字符“（”，请改写为“(”");

        FormulaException equals = refused("if(a = 1, 1, 0)", ABC);
        assertAt(equals, "if(a = 1, 1, 0)", 5, "formula.character.instead");
        assertThat(equals.problem().en()).endsWith("write '==' instead");
        assertAt(refused("1 ＋ 2", ABC), "1 ＋ 2", 2, "formula.character.instead");
        assertAt(refused("a & b", ABC), "a & b", 2, "formula.character.instead");
    }

    @Test
    void aDecimalPointNeedsDigitsOnBothSides() {
        assertAt(refused("1. + 2", ABC), "1. + 2", 1, "formula.number.point");
        assertAt(refused("a * .5", ABC), "a * .5", 4, "formula.number.point");
        assertAt(refused("1.2.3", ABC), "1.2.3", 3, "formula.number.point");
    }

    @Test
    void anUnexpectedEndSaysWhatWasExpected() {
        FormulaException fault = refused("min(pu * 10, ", Set.of("pu"));
        assertAt(fault, "min(pu * 10, ", 13, "formula.end");
        assertThat(fault.problem().en()).endsWith("the formula ends too soon; expected a number, a variable, a function call, '-' or '('");
        assertThat(fault.problem().zh()).endsWith("公式提前结束，此处应为数、变量、函数调用、“-”或“(”");

        FormulaException bracket = refused("(a + 1", ABC);
        assertAt(bracket, "(a + 1", 6, "formula.end");
        assertThat(bracket.problem().en()).endsWith("expected ')'");
        assertThat(bracket.problem().zh()).endsWith("此处应为“)”");
    }

    @Test
    void anUnexpectedTokenSaysWhatWasExpected() {
        FormulaException operand = refused("pu * * 2", Set.of("pu"));
        assertAt(operand, "pu * * 2", 5, "formula.unexpected");
        assertThat(operand.problem().en()).contains("unexpected '*'; expected a number");
        assertThat(operand.problem().zh()).contains("此处不应出现“*”，应为数");

        FormulaException argument = refused("min(a 2)", ABC);
        assertAt(argument, "min(a 2)", 6, "formula.unexpected");
        assertThat(argument.problem().en()).endsWith("unexpected '2'; expected ',' or ')'");
        assertThat(argument.problem().zh()).endsWith("此处不应出现“2”，应为“,”或“)”");

        assertAt(refused("a + and", ABC), "a + and", 4, "formula.unexpected");
        assertAt(refused("min(, 1)", ABC), "min(, 1)", 4, "formula.unexpected");
    }

    @Test
    void anUnknownVariableListsTheAllowedOnesSorted() {
        FormulaException fault = refused("min(pux * 10, 100)", Set.of("score", "pu"));
        assertAt(fault, "min(pux * 10, 100)", 4, "formula.variable.unknown");
        assertThat(fault.problem().en()).endsWith("unknown variable 'pux'; the variables are: pu, score");
        assertThat(fault.problem().zh()).endsWith("未知的变量“pux”；可用的变量：pu、score");
    }

    @Test
    void aLongListOfVariablesIsCutAfterTwenty() {
        Set<String> many = new TreeSet<>();
        IntStream.rangeClosed(1, 25).forEach(i -> many.add(String.format("v%02d", i)));

        FormulaException fault = refused("v00", many);

        assertAt(fault, "v00", 0, "formula.variable.unknown");
        assertThat(fault.problem().en()).endsWith("v19, v20, …").doesNotContain("v21");
        assertThat(fault.problem().zh()).endsWith("v19、v20、…");
    }

    @Test
    void aFormulaWithoutVariablesSaysSo() {
        FormulaException fault = refused("1 + x", Set.of());
        assertAt(fault, "1 + x", 4, "formula.variable.none");
        assertThat(fault.problem().en()).endsWith("unknown variable 'x'; this formula takes no variables");
    }

    @Test
    void anUnknownFunctionListsTheFunctions() {
        FormulaException fault = refused("1 + mean(a, b)", ABC);
        assertAt(fault, "1 + mean(a, b)", 4, "formula.function.unknown");
        assertThat(fault.problem().en()).endsWith("unknown function 'mean'; the functions are: min, max, abs, clamp, if, round, floor, ceil");
        assertThat(fault.problem().zh()).endsWith("未知的函数“mean”；可用的函数：min, max, abs, clamp, if, round, floor, ceil");
        // a variable is no function either
        assertAt(refused("a(1)", ABC), "a(1)", 0, "formula.function.unknown");
    }

    @Test
    void aFunctionWithoutBracketsIsNoVariable() {
        FormulaException fault = refused("min + 1", ABC);
        assertAt(fault, "min + 1", 0, "formula.function.bare");
        assertThat(fault.problem().en()).endsWith("'min' is a function, not a variable; call it as min(a, b, …)");
    }

    @Test
    void aWrongNumberOfArgumentsSaysHowManyTheFunctionTakes() {
        FormulaException abs = refused("2 * abs(a, b)", ABC);
        assertAt(abs, "2 * abs(a, b)", 4, "formula.arguments");
        assertThat(abs.problem().en()).endsWith("wrong number of arguments: abs(x) takes exactly 1, this call has 2");
        assertThat(abs.problem().zh()).endsWith("参数个数不对：abs(x) 需要恰好 1 个参数，这里有 2 个");

        FormulaException min = refused("min(a)", ABC);
        assertAt(min, "min(a)", 0, "formula.arguments");
        assertThat(min.problem().en()).endsWith("min(a, b, …) takes 2 or more, this call has 1");
        assertThat(min.problem().zh()).endsWith("min(a, b, …) 需要至少 2 个参数，这里有 1 个");
        assertAt(refused("if(a > 1, 1)", ABC), "if(a > 1, 1)", 0, "formula.arguments");
    }

    @Test
    void aConditionWhereANumberIsNeededIsAFault() {
        FormulaException fault = refused("min(a > 1, 2)", ABC);
        assertAt(fault, "min(a > 1, 2)", 4, "formula.type.number");
        assertThat(fault.problem().en()).endsWith("'a > 1' is a condition (yes or no), but a number is needed here");
        assertThat(fault.problem().zh()).endsWith("“a > 1”是条件（是或否），此处需要一个数");

        assertAt(refused("(a > 1) + 1", ABC), "(a > 1) + 1", 1, "formula.type.number");
        assertAt(refused("1 + (a > 1)", ABC), "1 + (a > 1)", 5, "formula.type.number");
        assertAt(refused("if(a > 1, b < 1, 0)", ABC), "if(a > 1, b < 1, 0)", 10, "formula.type.number");
        assertAt(refused("(a > 1) == (b > 1)", ABC), "(a > 1) == (b > 1)", 1, "formula.type.number");
    }

    @Test
    void aNumberWhereAConditionIsNeededIsAFault() {
        FormulaException fault = refused("if(a, 1, 2)", ABC);
        assertAt(fault, "if(a, 1, 2)", 3, "formula.type.condition");
        assertThat(fault.problem().en()).endsWith("'a' is a number, but a condition (yes or no) is needed here, such as the comparison a > 0");
        assertThat(fault.problem().zh()).endsWith("“a”是一个数，此处需要条件（是或否），例如比较 a > 0");

        assertAt(refused("if(not a, 1, 2)", ABC), "if(not a, 1, 2)", 7, "formula.type.condition");
        assertAt(refused("if(a and b > 1, 1, 2)", ABC), "if(a and b > 1, 1, 2)", 3, "formula.type.condition");
        assertAt(refused("if(a > 1 or b, 1, 2)", ABC), "if(a > 1 or b, 1, 2)", 12, "formula.type.condition");
    }

    @Test
    void aWholeFormulaMustGiveANumber() {
        FormulaException fault = refused("a > 1", ABC);
        assertAt(fault, "a > 1", 0, "formula.result.condition");
        assertThat(fault.problem().en()).contains("gives a condition (yes or no), not a number; write if(…, 1, 0)");
    }

    @Test
    void roundingDigitsAreAWholeNumberFromZeroToEightWrittenAsItIs() {
        FormulaException fault = refused("round(a, 2.5)", ABC);
        assertAt(fault, "round(a, 2.5)", 9, "formula.digits");
        assertThat(fault.problem().en()).endsWith("the decimals of round must be a whole number from 0 to 8 written as it is, not '2.5'");
        assertThat(fault.problem().zh()).endsWith("round 的小数位数应直接写成 0 到 8 的整数，而不是“2.5”");

        assertAt(refused("round(a, b)", ABC), "round(a, b)", 9, "formula.digits");
        assertAt(refused("floor(a, 9)", ABC), "floor(a, 9)", 9, "formula.digits");
        assertAt(refused("ceil(a, -1)", ABC), "ceil(a, -1)", 8, "formula.digits");
        assertAt(refused("round(a, 1 + 1)", ABC), "round(a, 1 + 1)", 9, "formula.digits");
        assertAt(refused("round(a, 2.0)", ABC), "round(a, 2.0)", 9, "formula.digits");
        // 2 + 1.5
        assertThat(evaluate("round(a, 0) + round(a, 08)", "a", "1.5")).isEqualTo(r("3.5"));
    }

    @Test
    void anEmptyFormulaIsAFault() {
        assertAt(refused("", ABC), "", 0, "formula.empty");
        FormulaException blank = refused("   ", ABC);
        assertAt(blank, "   ", 0, "formula.empty");
        assertThat(blank.problem().en()).isEqualTo("the formula is empty: write a number or an expression such as min(a * 10, 100)");
        assertThat(blank.problem().zh()).startsWith("公式为空");
    }

    @Test
    void inputAfterACompleteFormulaIsAFault() {
        FormulaException fault = refused("a b", ABC);
        assertAt(fault, "a b", 2, "formula.trailing");
        assertThat(fault.problem().en()).endsWith("unexpected 'b' after a complete formula; join it with an operator or remove it");
        assertThat(fault.problem().zh()).contains("其后多出“b”");
        assertAt(refused("(a))", ABC), "(a))", 3, "formula.trailing");
        assertAt(refused("2 (a)", ABC), "2 (a)", 2, "formula.trailing");
    }

    @Test
    void comparisonsDoNotChain() {
        FormulaException fault = refused("if(0 < a < 10, 1, 0)", ABC);
        assertAt(fault, "if(0 < a < 10, 1, 0)", 9, "formula.chain");
        assertThat(fault.problem().en()).contains("'<' cannot follow a comparison", "a < b and b < c");
    }

    // ---- the sandbox's limits

    @Test
    void aFormulaHasAtMostAThousandCharacters() {
        String longest = "1" + " + 1".repeat(249) + "   ";
        assertThat(longest).hasSize(1000);
        assertThat(Formula.parse(longest, ABC).evaluate(name -> null)).isEqualTo(Rational.of(250));

        FormulaException fault = refused(longest + "1", ABC);
        assertAt(fault, longest + "1", 1000, "formula.length");
        assertThat(fault.problem().en()).isEqualTo("the formula has 1001 characters, more than the 1000 allowed");
        assertThat(fault.problem().zh()).isEqualTo("公式有 1001 个字符，超过上限 1000 个");
    }

    @Test
    void tenThousandBracketsOrMinusSignsAreRefusedWithoutOverflowingTheStack() {
        String brackets = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        assertThat(refused(brackets, ABC).problem().key()).isEqualTo("formula.length");
        assertThat(refused("-".repeat(10_000) + "a", ABC).problem().key()).isEqualTo("formula.length");
        assertThat(refused("not ".repeat(10_000) + "a > 1", ABC).problem().key()).isEqualTo("formula.length");
    }

    @Test
    void nestingIsAtMostSixtyFourLevels() {
        assertThat(evaluate("(".repeat(64) + "1" + ")".repeat(64))).isEqualTo(Rational.ONE);
        assertThat(evaluate("-".repeat(64) + "a", "a", "1")).isEqualTo(Rational.ONE);

        String brackets = "(".repeat(499) + "1" + ")".repeat(499);
        FormulaException fault = refused(brackets, ABC);
        assertAt(fault, brackets, 64, "formula.depth");
        assertThat(fault.problem().en()).contains("more than 64 levels of brackets, function calls, 'not' and '-' inside one another");

        assertAt(refused("-".repeat(65) + "a", ABC), "-".repeat(65) + "a", 64, "formula.depth");
        String calls = "abs(".repeat(65) + "a" + ")".repeat(65);
        assertAt(refused(calls, ABC), calls, 64 * 4 + 3, "formula.depth");
        String nots = "if(" + "not ".repeat(64) + "a > 1, 1, 0)";
        assertAt(refused(nots, ABC), nots, 3 + 63 * 4, "formula.depth");
    }

    @Test
    void aNumberHasAtMostThirtySignificantDigits() {
        String thirty = "123456789012345678901234567890";
        assertThat(evaluate(thirty + " - " + thirty + " + 0.5")).isEqualTo(r("0.5"));
        // zeros before the first other digit are not significant: 10^-36 has one
        assertThat(evaluate("0." + "0".repeat(35) + "1")).isEqualTo(new Rational(BigInteger.ONE, BigInteger.TEN.pow(36)));

        String source = "1 + " + thirty + "1";
        FormulaException fault = refused(source, ABC);
        assertAt(fault, source, 4, "formula.number.digits");
        assertThat(fault.problem().en()).endsWith("the number " + thirty + "1 has 31 significant digits, more than the 30 allowed");
        assertThat(fault.problem().zh()).endsWith("有 31 位有效数字，超过上限 30 位");
    }
}
