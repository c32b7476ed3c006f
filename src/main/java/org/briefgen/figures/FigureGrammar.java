package org.briefgen.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefgen.figures.Lexicon.Unit;
import org.briefgen.figures.Tokens.Token;
import org.briefgen.figures.Tokens.Type;

/**
 * Finds the quantitative statements of one passage. It walks the tokens once; at each token it tries,
 * in order, the fixed phrases ("half a century", "a near doubling", "one in ten"), vague magnitudes
 * ("tens of thousands of"), and numbers in digits or words with their currency, scale, unit, range or
 * change partner and qualifier. Years, dates, ordinals, footnote markers, labels ("Article 5") and
 * deictic counts ("the two sides") are skipped, as are the numbers that structure or cite a text ("(9)",
 * "Public Law 108-333"). What a bare "people" counts is read by {@link Predicates}. Lookahead is bounded, so
 * time is linear in the text.
 */
final class FigureGrammar {
    /** One parsed number: value, where it spans in tokens, and its unit if it carried one. */
    private record Num(double value, int from, int to, String unit, boolean words) {
    }

    private final String text;
    private final List<Token> t;
    private final List<Figure> out = new ArrayList<>();
    private final String sourceId;
    private final String passageId;
    /** Token index where the last number that is not a figure ends: "60" of "60/173" makes "173" one too. */
    private int lastExcluded = -10;
    /** Token index right after the words {@link #what} took, for {@link #predicate}. */
    private int whatEnd;
    private final Predicates counted;

    private FigureGrammar(String sourceId, String passageId, String text) {
        this.sourceId = sourceId;
        this.passageId = passageId;
        this.text = text;
        this.t = Tokens.of(text);
        this.counted = new Predicates(t);
    }

    static List<Figure> parse(String sourceId, String passageId, String text) {
        FigureGrammar g = new FigureGrammar(sourceId, passageId, text);
        g.run();
        return g.out;
    }

    private void run() {
        int i = 0;
        while (i < t.size()) {
            int next = phrase(i);
            if (next < 0) next = vague(i);
            if (next < 0) next = number(i);
            i = next < 0 ? i + 1 : next;
        }
    }

    // ---- fixed phrases ------------------------------------------------------------------------------

    private int phrase(int i) {
        if (is(i, "half") && is(i + 1, "a") && (is(i + 2, "century") || is(i + 2, "decade"))) {
            double v = is(i + 2, "century") ? 50 : 5;
            return emit(i, i + 2, v, v, "year", Qualifier.EXACT, what(i + 3));
        }
        int a = is(i, "a") ? i + 1 : -1;
        if (a > 0) {
            boolean near = is(a, "near") || is(a, "nearly");
            int w = near ? a + 1 : a;
            double ratio = is(w, "doubling") ? 2 : is(w, "tripling") ? 3 : is(w, "quadrupling") ? 4 : is(w, "halving") ? 0.5 : 0;
            if (ratio > 0) return emit(i, w, ratio, ratio, "ratio", near ? Qualifier.APPROXIMATE : Qualifier.EXACT, what(w + 1));
        }
        // "over half a million children", "half a dozen": half of a scale word.
        if (is(i, "half") && is(i + 1, "a") && (Lexicon.SCALE.containsKey(lower(i + 2)) || is(i + 2, "dozen"))) {
            double v = is(i + 2, "dozen") ? 6 : Lexicon.SCALE.get(lower(i + 2)) / 2;
            Qualifier q = qualifierBefore(i);
            return emit(q != Qualifier.EXACT ? qualifierStart(i) : i, i + 2, v, v, "count", q, what(i + 3));
        }
        // "the number interviewed has doubled": a ratio, as "a doubling" is.
        if ((is(i, "doubled") || is(i, "tripled") || is(i, "quadrupled")) && Lexicon.AUXILIARIES.contains(lower(i - 1))) {
            double ratio = is(i, "doubled") ? 2 : is(i, "tripled") ? 3 : 4;
            return emit(i - 1, i, ratio, ratio, "ratio", Qualifier.EXACT, "");
        }
        // "an hour or two a day", "a year or two": from one of the unit to a small number of it.
        if ((is(i, "a") || is(i, "an")) && Lexicon.UNITS.containsKey(lower(i + 1)) && is(i + 2, "or")) {
            Integer n = smallNumber(lower(i + 3));
            Unit u = Lexicon.UNITS.get(lower(i + 1));
            if (n != null && n > 1 && n <= 10) return emit(i, i + 3, u.factor(), n * u.factor(), u.unit(), Qualifier.RANGE, what(i + 4));
        }
        // "Twice she was captured" counts two; "twice as many" is a ratio.
        if (is(i, "twice") || is(i, "thrice")) {
            double v = is(i, "twice") ? 2 : 3;
            boolean ratio = is(i + 1, "as") || is(i + 1, "the");
            return emit(i, i, v, v, ratio ? "ratio" : "count", Qualifier.EXACT, ratio ? "" : counted.predicate(i, i + 1, "", false));
        }
        // "a four-year-old", "a six-month-old": an age in words.
        if (lower(i).endsWith("-year-old") || lower(i).endsWith("-years-old")) {
            Integer age = smallNumber(lower(i).substring(0, lower(i).indexOf('-')));
            if (age != null && age > 0) return emit(i, i, age, age, "age", Qualifier.EXACT, what(i + 1));
        }
        // "less than one fifth of", "a fifth of": fractions written as two words.
        if ((is(i, "one") || is(i, "a")) && Lexicon.FRACTIONS.containsKey(lower(i + 1)) && !lower(i + 1).contains("-")
                && (is(i + 2, "of") || is(i + 2, "the"))) {
            double pct = Lexicon.FRACTIONS.get(lower(i + 1));
            Qualifier q = qualifierBefore(i);
            int from = q != Qualifier.EXACT ? qualifierStart(i) : i;
            return emit(from, i + 1, pct, pct, "percent", q, what(i + 2));
        }
        int share = share(i);
        if (share >= 0) return share;
        int fraction = fraction(i);
        if (fraction >= 0) return fraction;
        Double hyphenated = hyphenatedCount(i, "fold");
        if (hyphenated != null) return emit(i, i, hyphenated, hyphenated, "ratio", qualifierBefore(i), what(i + 1));
        String w = lower(i);
        int dash = w.lastIndexOf('-');
        Unit u = dash > 0 ? Lexicon.UNITS.get(w.substring(dash + 1)) : null;
        Double v = u == null ? null : hyphenatedCount(i, w.substring(dash + 1));
        if (v != null) {
            int from = is(i - 1, "a") || is(i - 1, "an") ? i - 1 : i;
            return emit(from, i, v * u.factor(), v * u.factor(), u.unit(), Qualifier.EXACT, "");
        }
        return -1;
    }

    /** "one in ten", "one out of every five", "3 in 10": a share, as a percentage. */
    private int share(int i) {
        Num a = numberAt(i);
        if (a == null || a.unit() != null || a.value() < 1 || a.value() != Math.rint(a.value())) return -1;
        if (a.words() ? a.value() > 10 : a.value() > 100) return -1;
        int k = a.to() + 1;
        if (is(k, "in")) k++;
        else if (is(k, "out") && is(k + 1, "of")) k += 2;
        else return -1;
        if (is(k, "every")) k++;
        Num n = numberAt(k);
        if (n == null || n.unit() != null || n.value() <= a.value() || n.value() > 1000 || isYear(n)) return -1;
        double pct = 100.0 * a.value() / n.value();
        return emit(i, n.to(), pct, pct, "percent", Qualifier.EXACT, what(n.to() + 1));
    }

    /** "half of the population", "a third of households", "two-thirds of those interviewed": a share. */
    private int fraction(int i) {
        Double pct = Lexicon.FRACTIONS.get(lower(i));
        if (pct == null || !(is(i + 1, "of") || lower(i).equals("half") && is(i + 1, "the"))) return -1;
        // "the first half of 2023" is a period, not a share.
        if (is(i - 1, "first") || is(i - 1, "second") || is(i - 1, "latter") || is(i - 1, "former") || is(i - 1, "last")) return -1;
        if (is(i + 2, "the") && (is(i + 3, "year") || is(i + 3, "century") || is(i + 3, "decade"))) return -1;
        int from = is(i - 1, "a") || is(i - 1, "one") ? i - 1 : i;
        Qualifier q = qualifierBefore(from);
        if (q != Qualifier.EXACT) from = qualifierStart(from);
        return emit(from, i, pct, pct, "percent", q, what(i + 1));
    }

    /**
     * The count of a hyphenated word "six-month", "ten-fold", "sixfold", or of digits "15-year", "6-fold"
     * ending at token i; null when token i is not one.
     */
    private Double hyphenatedCount(int i, String suffix) {
        if (i >= t.size() || t.get(i).type() != Type.WORD) return null;
        String w = lower(i);
        if (w.endsWith("-" + suffix)) {
            Integer v = smallNumber(w.substring(0, w.length() - suffix.length() - 1));
            if (v != null && v > 0) return v.doubleValue();
        } else if (suffix.equals("fold") && w.endsWith("fold")) {
            Integer v = smallNumber(w.substring(0, w.length() - 4));
            if (v != null && v > 1) return v.doubleValue();
        }
        return null;
    }

    // ---- vague magnitudes ---------------------------------------------------------------------------

    private int vague(int i) {
        if (!(is(i, "tens") || is(i, "hundreds") || is(i, "thousands") || is(i, "millions") || is(i, "dozens")
                || is(i, "scores") || is(i, "billions"))) {
            return -1;
        }
        String key = lower(i);
        int end = i;
        if (is(i + 1, "of") && (is(i + 2, "thousands") || is(i + 2, "millions"))
                && Lexicon.VAGUE.containsKey(key + " of " + lower(i + 2))) {
            key = key + " of " + lower(i + 2);
            end = i + 2;
        }
        double[] range = Lexicon.VAGUE.get(key);
        // "by the thousands" or a bare "hundreds" is rhetoric; a magnitude counts something: "... of people",
        // also across a pair: "thousands, if not millions, of North Koreans".
        if (range == null) return -1;
        int start = is(i - 1, "literally") || is(i - 1, "many") ? i - 1 : i;
        int of = ofAfterVague(end);
        // "hundreds of thousands die", "reached the thousands": a compound or "the" magnitude counts on its own.
        if (of < 0 && (end > i || is(i - 1, "the") && (is(i - 2, "in") || is(i - 2, "reached") || is(i - 2, "into")))) {
            return emit(end > i ? start : i - 2, end, range[0], range[1], "count", Qualifier.VAGUE, counted.predicate(start, end + 1, "", false));
        }
        // "while millions barely survive", "thousands fled": a bare magnitude that is a verb's subject counts people.
        if (of < 0 && end == i && !is(i - 1, "the") && !is(i - 1, "by") && actsAsSubject(end + 1)) {
            return emit(start, end, range[0], range[1], "count", Qualifier.VAGUE, counted.predicate(start, end + 1, "", false));
        }
        if (of < 0) return -1;
        // "thousands of tons": the magnitude of a unit.
        Unit u = Lexicon.UNITS.get(lower(of + 1));
        if (u != null && !u.unit().equals("year") && !u.unit().equals("month") && !u.unit().equals("day")) {
            return emit(start, of + 1, range[0] * u.factor(), range[1] * u.factor(), u.unit(), Qualifier.VAGUE, what(of + 2));
        }
        return emit(start, end, range[0], range[1], "count", Qualifier.VAGUE, what(of + 1));
    }

    /** The "of" a magnitude counts with: right after it, after its comma, or after the partner of "X, if not Y,". */
    private int ofAfterVague(int end) {
        if (is(end + 1, "of")) return end + 1;
        if (is(end + 1, ",") && is(end + 2, "of")) return end + 2;
        int k = end + 1;
        if (is(k, ",")) k++;
        if (is(k, "if") && is(k + 1, "not")) k += 2;
        else if (is(k, "or") && is(k + 1, "even")) k += 2;
        else if (is(k, "or")) k += 1;
        else return -1;
        if (!Lexicon.VAGUE.containsKey(lower(k))) return -1;
        if (is(k + 1, "of")) return k + 1;
        return is(k + 1, ",") && is(k + 2, "of") ? k + 2 : -1;
    }

    // ---- numbers ------------------------------------------------------------------------------------

    private int number(int i) {
        int currencyAt = currencyBefore(i);
        Num a = numberAt(i);
        if (a == null) return -1;
        if (excluded(a, currencyAt)) {
            lastExcluded = a.to();
            return -1;
        }
        int from = currencyAt >= 0 ? currencyAt : a.from();
        String currency = currencyAt >= 0 ? Lexicon.CURRENCY_SYMBOL.get(lower(currencyAt)) : null;
        Qualifier q = Qualifier.EXACT;
        double low = a.value();
        double high = a.value();
        int end = a.to();
        String unit = a.unit();
        // A partner number: "150,000 to 200,000", "between X and Y", "from $4.6 million to $8 million".
        int link = end + 1;
        boolean between = is(from - 1, "between");
        boolean fromTo = is(from - 1, "from");
        // "from 63 in 2021 to 196 in 2023": the years date the two ends of the change.
        if (fromTo && is(link, "in") && numberAt(link + 1) != null && isYear(numberAt(link + 1))) link += 2;
        if (is(link, "to") || is(link, "-") || is(link, "–") || between && is(link, "and")) {
            int bAt = Lexicon.CURRENCY_SYMBOL.containsKey(lower(link + 1)) ? link + 2 : link + 1;
            Num b = numberAt(bAt);
            // "600,000 and one million" pairs digits with words; "5 to one" does not.
            if (b != null && !(b.words() && !a.words() && b.value() < 1000) && !isYear(b)) {
                if (b.unit() != null && unit == null) unit = b.unit();
                if (currency == null && currencyBefore(bAt) >= 0) currency = Lexicon.CURRENCY_SYMBOL.get(lower(bAt - 1));
                double scaleB = b.value() >= 1000 && a.value() < 1000 && a.value() > 0 && !a.words() ? scaleOf(b) : 1;
                low = a.value() * scaleB;
                high = b.value();
                end = b.to();
                q = fromTo ? Qualifier.CHANGE : Qualifier.RANGE;
                if (fromTo) from = from - 1;
                if (between) from = from - 1;
            }
        }
        // "from 10 to 14 November" is a span of days of a month, not a figure.
        if (q != Qualifier.EXACT && Lexicon.MONTHS.contains(lower(end + 1)) && !a.words() && low <= 31 && high <= 31) {
            lastExcluded = end;
            return end + 1;
        }
        int after = end + 1;
        // "three consecutive years", "two more months": the adjective sits between the count and its span.
        if (unit == null && Lexicon.SPAN_ADJECTIVES.contains(lower(after)) && Lexicon.UNITS.containsKey(lower(after + 1))
                && TIME_UNITS.contains(Lexicon.UNITS.get(lower(after + 1)).unit())) {
            after++;
        }
        if (unit == null) {
            if (is(after, "%") || is(after, "percent")) {
                unit = "percent";
                end = after;
            } else if (is(after, "per") && is(after + 1, "cent")) {
                unit = "percent";
                end = after + 1;
            } else if (is(after, "fold") || is(after, "-") && is(after + 1, "fold")) {
                unit = "ratio";
                end = is(after, "fold") ? after : after + 1;
            } else if (is(after, "percentage") && is(after + 1, "points")) {
                unit = "percent";
                end = after + 1;
            } else if (is(after, "-") && is(after + 1, "year-old")) {
                unit = "age";
                end = after + 1;
            } else if (Lexicon.UNITS.containsKey(lower(after)) || (is(after, "-") || metricTon(after)) && unitAt(after + 1) != null) {
                int u0 = is(after, "-") || metricTon(after) ? after + 1 : after; // "a 15-year sentence", "50,000 metric tons"
                Unit u = unitAt(u0);
                if (isAgo(u0 + 1)) return end + 1;
                unit = u.unit();
                low *= u.factor();
                high *= u.factor();
                end = u0;
                if (unit.equals("year") && is(u0 + 1, "old")) {
                    unit = "age";
                    end = u0 + 1;
                }
            }
        }
        // "at the age of 13", "aged 24", "Shin, who is 26", "For Lee, then 18,", "Choi (63)".
        if (unit == null && (is(from - 1, "aged") || is(from - 1, "age") || is(from - 1, "of") && is(from - 2, "age")
                || isAgeOfPerson(from, end))) {
            unit = "age";
        }
        if (currency != null && (unit == null || unit.equals("count"))) unit = currency;
        if (unit == null) unit = "count";
        // "one hour and 45 minutes" is 1.75 hours.
        if (unit.equals("hour") && low == high && is(end + 1, "and")) {
            Num m = numberAt(end + 2);
            Unit mu = m == null ? null : Lexicon.UNITS.get(lower(m.to() + 1));
            if (mu != null && mu.unit().equals("minute") && m.value() < 60) {
                low += m.value() / 60;
                high = low;
                end = m.to() + 1;
            }
        }
        if (q == Qualifier.EXACT) q = qualifierBefore(from);
        if (q != Qualifier.EXACT && q != Qualifier.RANGE && q != Qualifier.CHANGE) from = qualifierStart(from);
        // "one" is mostly a pronoun or article ("one of the", "one day"): only a share ("one per cent") counts.
        // "for one month", "one year later" are durations; "one day" stays an idiom; "at least one group" counts.
        if (a.words() && a.value() == 1 && low == high && !unit.equals("percent")
                && !(unit.equals("month") || unit.equals("year") || unit.equals("week") || unit.equals("hour"))
                && q == Qualifier.EXACT && !inListOfCounts(from)) {
            return end + 1;
        }
        String what = what(end + 1);
        // "more than 5 million people, up from 1.2 million": one change, from the earlier value to this one.
        int w = Math.max(whatEnd, end + 1);
        if (low == high && is(w, ",") && (is(w + 1, "up") || is(w + 1, "down")) && is(w + 2, "from")) {
            Num before = numberAt(w + 3);
            if (before != null && !isYear(before)) {
                double b = before.value();
                int next = emit(from, end, b, low, unit, Qualifier.CHANGE, what);
                Figure f = out.remove(out.size() - 1);
                int stop = t.get(before.to()).end();
                out.add(new Figure(f.sourceId(), f.passageId(), f.low(), f.high(), f.unit(), f.what(), f.qualifier(),
                        text.substring(f.start(), stop), f.start(), stop, List.of()));
                return Math.max(next, before.to() + 1);
            }
        }
        return emit(from, end, low, high, unit, q, what);
    }

    /** The scale word of a number ("8 million" → 1e6) so "4.6 to 8 million" reads 4.6 million to 8 million. */
    private double scaleOf(Num b) {
        for (int k = b.from(); k <= b.to(); k++) {
            Double s = Lexicon.SCALE.get(lower(k));
            if (s != null && s >= 1000) return s;
        }
        return 1;
    }

    /** A number in digits (with scale) or words starting at token i, or null. */
    private Num numberAt(int i) {
        if (i < 0 || i >= t.size()) return null;
        Token tok = t.get(i);
        if (tok.type() == Type.NUMBER) return digits(i);
        if (tok.type() == Type.WORD) return words(i);
        return null;
    }

    private Num digits(int i) {
        String s = t.get(i).text();
        int k = 0;
        while (k < s.length() && (Character.isDigit(s.charAt(k)) || s.charAt(k) == ',' || s.charAt(k) == '.'
                || s.charAt(k) == ' ' || s.charAt(k) == '\u00A0' || s.charAt(k) == '\u202F')) {
            k++;
        }
        String num = s.substring(0, k).replaceAll("[ \u00A0\u202F]", "");
        String suffix = s.substring(k).toLowerCase(java.util.Locale.ROOT);
        if (num.endsWith(".") || num.endsWith(",")) return null;
        double v;
        try {
            v = Double.parseDouble(num.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        String unit = null;
        if (!suffix.isEmpty()) {
            Double abbr = Lexicon.SCALE_ABBREVIATION.get(suffix);
            Unit u = Lexicon.UNITS.get(suffix);
            if (abbr != null) v *= abbr;
            else if (u != null) {
                v *= u.factor();
                unit = u.unit();
            } else {
                return null; // ordinals ("19th"), decades ("1990s"), codes ("A4b")
            }
        }
        int end = i;
        Double scale = Lexicon.SCALE.get(lower(i + 1));
        if (scale != null && unit == null) {
            v *= scale;
            end = i + 1;
        }
        return new Num(v, i, end, unit, false);
    }

    /** "two million", "twenty-five", "one hundred and fifty thousand", "a dozen", "a million". */
    private Num words(int i) {
        double total = 0;
        double current = 0;
        int k = i;
        boolean any = false;
        if (is(i, "a") && (is(i + 1, "dozen") || Lexicon.SCALE.containsKey(lower(i + 1)))) {
            current = 1;
            k = i + 1;
        }
        int last = -1;
        for (; k < t.size(); k++) {
            String w = lower(k);
            Integer small = smallNumber(w);
            if (small != null) {
                current += small;
            } else if (w.equals("dozen")) {
                current = Math.max(current, 1) * 12;
            } else if (w.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (Lexicon.SCALE.containsKey(w)) {
                total += Math.max(current, 1) * Lexicon.SCALE.get(w);
                current = 0;
            } else if (w.equals("and") && any && k + 1 < t.size() && smallNumber(lower(k + 1)) != null) {
                continue;
            } else {
                break;
            }
            any = true;
            last = k;
        }
        if (!any || last < 0) return null;
        if (is(i, "a") && last == i) return null;
        return new Num(total + current, i, last, null, true);
    }

    /** 0..99 from "seven" or "twenty-five"; null otherwise. */
    private static Integer smallNumber(String w) {
        Integer v = Lexicon.SMALL.get(w);
        if (v != null) return v;
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = Lexicon.SMALL.get(w.substring(0, dash));
            Integer ones = Lexicon.SMALL.get(w.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) return tens + ones;
        }
        return null;
    }

    // ---- what is not a figure -----------------------------------------------------------------------

    private boolean excluded(Num n, int currencyAt) {
        int i = n.from();
        if (is(i - 1, "[") && is(n.to() + 1, "]")) return true; // footnote marker
        if (currencyAt < 0 && isYear(n)) return true;
        if (isDate(n)) return true;
        if (Lexicon.LABELS.contains(lower(i - 1)) || is(i - 1, ".") && Lexicon.LABELS.contains(lower(i - 2))) return true;
        if (n.words() && isDeictic(i) && !opensListOfCounts(n)) return true;
        if (isAgo(n.to() + 1) || isAgo(n.to() + 2)) return true;
        if (!n.words() && (isStructural(n) && !bracketedAge(i) || inLink(n) || isClock(n))) return true;
        if (!n.words() && (isPhone(n) || isDesignation(n) || isNamedBody(n) || isAddress(n))) return true;
        return n.words() && Character.isUpperCase(t.get(i).text().charAt(0)) && i > 0 && !is(i - 1, ".")
                && (isCapitalisedName(n) || afterCapitalisedWord(i));
    }

    /**
     * Numbers that give a text its structure or cite another text: list markers and clause numbers ("(9)",
     * "9." or "3)" opening a line), the parts of a citation ("Public Law 108-333", "resolution 60/173",
     * "A/HRC/25/63", "22 U.S.C. 7801", "H.R. 4011", "Sec. 104(a)(2)", "§ 7812") and footnote markers glued to a
     * word or full stop ("camps.23").
     */
    private boolean isStructural(Num n) {
        int i = n.from();
        int j = n.to();
        Token tok = t.get(i);
        boolean bare = n.unit() == null && i == j && tok.text().matches("\\d{1,3}");
        if (bare && is(i - 1, "(") && is(j + 1, ")")) return true;
        if (bare && lineStart(i) && (is(j + 1, ".") || is(j + 1, ")")) && !isNumberAt(j + 2)) return true;
        if (i >= 2 && glued(i) && glued(i - 1) && lastExcluded == i - 2
                && (is(i - 1, "/") || is(i - 1, "-") || is(i - 1, ".") || is(i - 1, "("))) {
            return true;
        }
        // "sections 2151n(d) and 2304(b)": a number with a subsection glued to it is a citation.
        if (is(j + 1, "(") && glued(j + 1) && j + 3 < t.size() && is(j + 3, ")") && t.get(j + 2).text().matches("[a-z]{1,3}|\\d{1,2}")) return true;
        if (is(i - 1, "/") && glued(i)) return true;
        if (is(j + 1, "/") && glued(j + 1) && glued(j + 2) && j + 2 < t.size()) return true;
        if (Lexicon.CITATION_PREFIXES.contains(gluedBefore(i).replaceFirst("^[\\[(]+", ""))) return true; // "[H.R. 3012"
        // A footnote marker after a paragraph's last full stop: "... in the Democratic People's Republic of Korea. 1"
        if (bare && is(i - 1, ".") && j == t.size() - 1) return true;
        if (Lexicon.CITATION_SUFFIXES.contains(gluedAfter(j))) return true;
        // Footnote markers sit right after a word or a full stop, with no space: "camps.23", "abuses23".
        if (bare && glued(i) && i > 0 && (t.get(i - 1).type() == Type.WORD || is(i - 1, ".") || is(i - 1, ",")
                || is(i - 1, "”") || is(i - 1, "\""))) {
            return true;
        }
        return false;
    }

    /** Digits inside a web or mail address: "index.htm?year=201", "www.example.org/2019/report". */
    private boolean inLink(Num n) {
        int a = t.get(n.from()).start();
        int b = t.get(n.to()).end();
        while (a > 0 && !Character.isWhitespace(text.charAt(a - 1))) a--;
        while (b < text.length() && !Character.isWhitespace(text.charAt(b))) b++;
        String chunk = text.substring(a, b).toLowerCase(java.util.Locale.ROOT);
        return chunk.contains("://") || chunk.startsWith("www.") || chunk.contains("@") && chunk.contains(".")
                || chunk.contains(".htm") || chunk.contains("?") && chunk.contains("=");
    }

    /** True when token k touches the token before it (no space between them). */
    private boolean glued(int k) {
        return k > 0 && k < t.size() && t.get(k - 1).end() == t.get(k).start();
    }

    /** True when nothing but spaces (or nothing) comes before token k on its line. */
    private boolean lineStart(int k) {
        for (int c = t.get(k).start() - 1; c >= 0; c--) {
            char ch = text.charAt(c);
            if (ch == '\n') return true;
            if (!Character.isWhitespace(ch)) return false;
        }
        return true;
    }

    private boolean isNumberAt(int k) {
        return k < t.size() && t.get(k).type() == Type.NUMBER && glued(k);
    }

    /** The run of tokens that touch each other and end right before token i, lower-cased: "h.r." of "H.R. 4011". */
    private String gluedBefore(int i) {
        if (i < 1) return "";
        int k = i - 1;
        StringBuilder b = new StringBuilder(t.get(k).lower());
        while (k > 0 && glued(k) && b.length() < 12) {
            k--;
            b.insert(0, t.get(k).lower());
        }
        return b.toString();
    }

    /** The run of touching tokens that starts right after token j: "u.s.c." of "22 U.S.C. 7801". */
    private String gluedAfter(int j) {
        int k = j + 1;
        if (k >= t.size()) return "";
        StringBuilder b = new StringBuilder(t.get(k).lower());
        while (k + 1 < t.size() && glued(k + 1) && b.length() < 12) {
            k++;
            b.append(t.get(k).lower());
        }
        return b.toString();
    }

    /** A four-digit 1800–2100 with no scale, unit or currency is a year; so is the second of "1997-1998". */
    private boolean isYear(Num n) {
        if (n.words() || n.unit() != null || n.from() != n.to()) return false;
        String s = t.get(n.from()).text();
        if (!s.matches("\\d{4}")) return false;
        int v = Integer.parseInt(s);
        if (v < 1800 || v > 2100) return false;
        String next = lower(n.to() + 1);
        return !(next.equals("%") || next.equals("percent") || Lexicon.SCALE.containsKey(next));
    }

    /** "February 13", "13 February", "April 25, 2007". */
    private boolean isDate(Num n) {
        if (n.words()) return false;
        return Lexicon.MONTHS.contains(lower(n.from() - 1)) || Lexicon.MONTHS.contains(lower(n.to() + 1))
                || is(n.from() - 1, ".") && Lexicon.MONTHS.contains(lower(n.from() - 2)) // "Oct. 11"
                || is(n.from() - 1, ",") && Lexicon.MONTHS.contains(lower(n.from() - 3));
    }

    /** "+41 22 917 8000", "Tel. (202) 499-7970", "call 555 0100": digits of a telephone number. */
    private boolean isPhone(Num n) {
        int k = n.from() - 1;
        for (int steps = 0; k >= 0 && steps < 8; k--, steps++) {
            Token tok = t.get(k);
            if (tok.type() == Type.NUMBER || tok.text().equals("(") || tok.text().equals(")") || tok.text().equals("-")
                    || tok.text().equals(".") && k > 0 && t.get(k - 1).type() != Type.NUMBER) {
                continue;
            }
            if (tok.text().equals("+")) return true;
            return Lexicon.PHONE_WORDS.contains(tok.lower());
        }
        return false;
    }

    /** "Hwasong-15", "KN-23": digits glued by a hyphen to a capitalised word name a model, not a quantity. */
    private boolean isDesignation(Num n) {
        int i = n.from();
        if (!is(i - 1, "-") || i < 2) return false;
        Token dash = t.get(i - 1);
        Token name = t.get(i - 2);
        return dash.end() == t.get(i).start() && name.end() == dash.start() && name.type() == Type.WORD
                && Character.isUpperCase(name.text().charAt(0));
    }

    /** "the 1718 Committee", "the 2020 Law", "the 17 Sustainable Development Goals": a number in a name. */
    private boolean isNamedBody(Num n) {
        int k = n.to() + 1;
        if (k < t.size() && Character.isUpperCase(t.get(k).text().charAt(0)) && Lexicon.NAMED_BODIES.contains(lower(k))) return true;
        // "the 17 Sustainable Development Goals": three or more capitalised words that end the phrase are a name;
        // "5 United Nations Security Council members" counts the members.
        int end = k;
        while (end < t.size() && t.get(end).type() == Type.WORD && Character.isUpperCase(t.get(end).text().charAt(0))) end++;
        return end - k >= 3 && !(end < t.size() && t.get(end).type() == Type.WORD && !Lexicon.STOP.contains(lower(end)));
    }

    /** "1001 Connecticut Ave NW": a house number, followed by capitalised words and a street word. */
    private boolean isAddress(Num n) {
        for (int k = n.to() + 1; k < Math.min(t.size(), n.to() + 5); k++) {
            Token tok = t.get(k);
            if (tok.type() != Type.WORD || !Character.isUpperCase(tok.text().charAt(0))) return false;
            if (k > n.to() + 1 && Lexicon.STREET_WORDS.contains(tok.lower())) return true;
        }
        return false;
    }

    /** "the three women, three men and a girl": a count that a list of counts follows is counted, not pointed at. */
    private boolean opensListOfCounts(Num n) {
        int k = n.to() + 2;
        if (t.size() <= k + 1 || t.get(n.to() + 1).type() != Type.WORD || !is(k, ",")) return false;
        Num next = numberAt(k + 1);
        if (next == null || !next.words() || t.size() <= next.to() + 2 || t.get(next.to() + 1).type() != Type.WORD) return false;
        int after = next.to() + 2;
        return (is(after, ",") || is(after, "and") || is(after, "or")) && inListOfCounts(next.from());
    }

    /** "the two sides", "our two countries", "no two democracies". */
    private boolean isDeictic(int i) {
        return Lexicon.DEICTIC.contains(lower(i - 1));
    }

    /** The unit token k names, also as a measure's compound ("mile-long" of "a 900-mile-long border"); or null. */
    private Unit unitAt(int k) {
        String w = lower(k);
        Unit u = Lexicon.UNITS.get(w);
        if (u != null) return u;
        for (String suffix : Lexicon.MEASURE_SUFFIXES) {
            if (w.endsWith(suffix)) return Lexicon.UNITS.get(w.substring(0, w.length() - suffix.length()));
        }
        return null;
    }

    /** "metric" before tons or tonnes: the unit is the tonne ("50,000 metric tons" of food aid). */
    private boolean metricTon(int i) {
        Unit u = Lexicon.UNITS.get(lower(i + 1));
        return is(i, "metric") && u != null && u.unit().equals("tonne");
    }

    /** A verb (past the auxiliaries and one adverb) right after token k-1: "barely survive", "were arrested". */
    private boolean actsAsSubject(int k) {
        while (k < t.size() && Lexicon.AUXILIARIES.contains(lower(k)) && !is(k, "as") && !is(k, "to")) k++;
        if (k < t.size() && t.get(k).type() == Type.WORD && Lexicon.isAdverb(lower(k))) k++;
        if (k >= t.size() || t.get(k).type() != Type.WORD) return false;
        String w = lower(k);
        return Lexicon.VERBS.contains(w) || w.endsWith("ed") && w.length() > 4 && !Lexicon.STOP.contains(w);
    }

    /** "two months earlier", "ten years ago": a point in time, not a duration. */
    private boolean isAgo(int k) {
        if (is(k, "ago")) return true;
        Unit u = Lexicon.UNITS.get(lower(k - 1));
        return is(k, "earlier") && u != null && TIME_UNITS.contains(u.unit());
    }

    private static final Set<String> TIME_UNITS = Set.of("year", "month", "week", "day", "hour");

    /**
     * A person's age as journalism writes it, a bare whole number of 1 to 120: "Shin, who is 26", "For Lee, then
     * 18, ...", "Choi (63)", "her niece (25)". In brackets it must follow a name or a word for a person, so a
     * clause number ("paragraph (3)") stays structural.
     */
    private boolean isAgeOfPerson(int from, int end) {
        if (from != end || t.get(from).type() != Type.NUMBER || !t.get(from).text().matches("\\d{1,3}")) return false;
        int v = Integer.parseInt(t.get(from).text());
        if (v < 1 || v > 120) return false;
        if ((is(from - 1, "is") || is(from - 1, "was")) && is(from - 2, "who")) return true;
        if ((is(from - 1, "then") || is(from - 1, "now")) && is(from - 2, ",") && (is(end + 1, ",") || is(end + 1, "."))) return true;
        return bracketedAge(from);
    }

    private boolean bracketedAge(int i) {
        if (!(is(i - 1, "(") && is(i + 1, ")")) || glued(i - 1) || i < 2 || t.get(i - 2).type() != Type.WORD) return false;
        String before = t.get(i - 2).text();
        boolean name = Character.isUpperCase(before.charAt(0)) && !lineStart(i - 2) && !Lexicon.LABELS.contains(before.toLowerCase(java.util.Locale.ROOT));
        return name || Lexicon.PERSONS.contains(before.toLowerCase(java.util.Locale.ROOT));
    }

    /** "10:30 a.m.", "9 p.m.": a time of day. */
    private boolean isClock(Num n) {
        int i = n.from();
        int j = n.to();
        if (is(j + 1, ":") && glued(j + 1) && isNumberAt(j + 2)) return true;
        if (is(i - 1, ":") && glued(i) && glued(i - 1) && i >= 2 && t.get(i - 2).type() == Type.NUMBER) return true;
        return is(j + 1, "a.m.") || is(j + 1, "p.m.") || is(j + 1, "a.m") || is(j + 1, "p.m") || is(j + 1, "am") && is(j + 2, ".");
    }

    /** "the WWL's Top Ten": a capitalised number word after a capitalised word that does not open a sentence. */
    private boolean afterCapitalisedWord(int i) {
        Token before = t.get(i - 1);
        return before.type() == Type.WORD && Character.isUpperCase(before.text().charAt(0)) && i >= 2
                && !is(i - 2, ".") && !is(i - 2, "\"") && !is(i - 2, "\u201c") && !is(i - 2, ":");
    }

    /** "Six-Party Talks", "Group of Eight": a capitalised number word followed by another capital. */
    private boolean isCapitalisedName(Num n) {
        int k = n.to() + 1;
        return k < t.size() && t.get(k).type() == Type.WORD && Character.isUpperCase(t.get(k).text().charAt(0));
    }

    // ---- qualifiers, currency, what -----------------------------------------------------------------

    private int currencyBefore(int i) {
        return i - 1 >= 0 && Lexicon.CURRENCY_SYMBOL.containsKey(lower(i - 1)) ? i - 1 : -1;
    }

    private Qualifier qualifierBefore(int i) {
        for (int len = 3; len >= 1; len--) {
            if (i - len < 0) continue;
            StringBuilder b = new StringBuilder();
            for (int k = i - len; k < i; k++) b.append(k > i - len ? " " : "").append(lower(k));
            Qualifier q = Lexicon.QUALIFIERS.get(b.toString());
            if (q != null) return q;
        }
        return Qualifier.EXACT;
    }

    private int qualifierStart(int i) {
        for (int len = 3; len >= 1; len--) {
            if (i - len < 0) continue;
            StringBuilder b = new StringBuilder();
            for (int k = i - len; k < i; k++) b.append(k > i - len ? " " : "").append(lower(k));
            if (Lexicon.QUALIFIERS.containsKey(b.toString())) return i - len;
        }
        return i;
    }

    /** What is counted: the words right after the figure ("countries", "Security Council resolutions"). */
    private String what(int i) {
        while (is(i, "\"") || is(i, "“") || is(i, "‘")) i++; // three "baskets"
        whatEnd = i;
        StringBuilder b = new StringBuilder();
        int words = 0;
        // "6.2 million out of the country's population of 23 million need food aid": the part's own verb.
        if (is(i, "out") && is(i + 1, "of")) return outOf(i + 2);
        // "1 per cent of the entire population": the share is of what follows "of".
        if (is(i, "of")) {
            i++;
            while (is(i, "the") || is(i, "a") || is(i, "an") || is(i, "its") || is(i, "their") || is(i, "all")) i++;
        }
        for (int k = i; k < t.size() && words < 4; k++) {
            Token tok = t.get(k);
            if (tok.type() != Type.WORD) break;
            if (Lexicon.STOP.contains(tok.lower()) && !(words > 0 && tok.lower().equals("of") && k + 1 < t.size()
                    && t.get(k + 1).type() == Type.WORD && Character.isUpperCase(t.get(k + 1).text().charAt(0)))) {
                break;
            }
            if (words > 0 && (tok.lower().endsWith("ing") || tok.lower().endsWith("ed"))) break;
            if (Lexicon.NOT_COUNTED.contains(tok.lower())) break; // "180 days thereafter", "three stories up"
            b.append(words > 0 ? " " : "").append(tok.text());
            words++;
            whatEnd = k + 1;
        }
        return b.length() > 0 ? b.toString() : numberOf(i);
    }

    /**
     * The whole after "out of" ("the country's current population"), then the verb after it and its figure
     * ("... of 23 million need food aid"): "need food aid (of the country's current population)". The whole
     * alone when no verb follows.
     */
    private String outOf(int k) {
        while (is(k, "the") || is(k, "a") || is(k, "an") || is(k, "every") || is(k, "all")) k++;
        List<String> whole = new ArrayList<>();
        while (k < t.size() && whole.size() < 5 && t.get(k).type() == Type.WORD && !Lexicon.STOP.contains(lower(k))
                && !Lexicon.VERBS.contains(lower(k))) {
            whole.add(t.get(k++).text());
        }
        whatEnd = k;
        if (whole.isEmpty()) return "";
        // "... population of 23 million (people)": the whole's own figure, skipped to reach the verb.
        if (is(k, "of") && k + 1 < t.size() && t.get(k + 1).type() == Type.NUMBER) {
            k += 2;
            while (Lexicon.SCALE.containsKey(lower(k)) || Lexicon.GENERIC.contains(lower(k))) k++;
        }
        String verb = counted.verbPhrase(k);
        String of = String.join(" ", whole);
        return verb.isEmpty() ? of : verb + " (of " + of + ")";
    }

    /** "the North's then population of 22 million": a figure that is a population says so. */
    private String populationOf(int from) {
        if (!is(from - 1, "of") || !(is(from - 2, "population") || is(from - 2, "populace"))) return "";
        List<String> words = new ArrayList<>();
        for (int j = from - 2; j >= 0 && words.size() < 4; j--) {
            Token tok = t.get(j);
            if (tok.type() != Type.WORD || Lexicon.STOP.contains(tok.lower())) break;
            words.add(0, tok.text());
        }
        return String.join(" ", words);
    }

    /** Failing that, the thing named in "the number of political prisoners ... is as many as 200,000". */
    private String numberOf(int i) {
        for (int k = i - 2; k >= Math.max(0, i - 30); k--) {
            if (is(k, "number") && is(k + 1, "of")) {
                StringBuilder b = new StringBuilder();
                for (int j = k + 2; j < Math.min(t.size(), k + 6) && t.get(j).type() == Type.WORD
                        && !Lexicon.STOP.contains(lower(j)); j++) {
                    b.append(b.length() > 0 ? " " : "").append(t.get(j).text());
                }
                return b.toString();
            }
            if (is(k, ".")) break;
        }
        return "";
    }

    private int emit(int from, int to, double low, double high, String unit, Qualifier q, String what) {
        int start = t.get(from).start();
        int end = t.get(Math.min(to, t.size() - 1)).end();
        String population = unit.equals("count") ? populationOf(from) : "";
        if (!population.isEmpty()) what = population;
        end = withWhat(end, what);
        String share = whatOfShare(start, unit, what);
        if (share != null) {
            what = share;
        } else if (population.isEmpty()) {
            // "killed an estimated 1 million of the North's population": a part of a population is people, counted by its verb.
            if (unit.equals("count") && what.toLowerCase(java.util.Locale.ROOT).endsWith("population") && is(whatEnd, "of")) what = "people";
            if (what.isEmpty() && unit.equals("percent")) {
                what = counted.changed(from);
            } else if (what.isEmpty() ? !unit.equals("count") && !unit.equals("percent") : Lexicon.GENERIC.contains(what.toLowerCase(java.util.Locale.ROOT))) {
                what = counted.predicate(from, what.isEmpty() ? to + 1 : whatEnd, what, unit.equals("age"));
            }
        }
        out.add(new Figure(sourceId, passageId, low, high, unit, what, q, text.substring(start, end), start, end, List.of()));
        return to + 1;
    }

    /**
     * "as many as 200,000 - nearly 1 per cent of the entire population": a share set against the figure just
     * before it is a share of that figure's thing ("political prisoners held (share of the population)");
     * null when this is not such a share.
     */
    private String whatOfShare(int start, String unit, String what) {
        if (!unit.equals("percent") || out.isEmpty() || !what.toLowerCase(java.util.Locale.ROOT).endsWith("population")) return null;
        Figure before = out.get(out.size() - 1);
        if (before.what().isBlank() || before.end() > start) return null;
        String between = text.substring(before.end(), start).strip();
        if (!(between.equals("-") || between.equals("—") || between.equals("–") || between.equals(",") || between.equals("or"))) {
            return null;
        }
        return before.what() + " (share of the population)";
    }

    /** Extends the phrase over the counted words when they follow it: "19" → "19 countries". */
    private int withWhat(int end, String what) {
        if (what.isEmpty()) return end;
        int k = end;
        while (k < text.length() && text.charAt(k) == ' ') k++;
        int limit = Math.min(text.length(), k + 40);
        int at = text.indexOf(what, k);
        return at >= 0 && at + what.length() <= limit + what.length() && at - k <= 20 ? at + what.length() : end;
    }

    /**
     * "one" as a member of a list of counts: "four churches - two Protestant, one Catholic and one Russian
     * Orthodox". A number word or digits shortly before, joined by a comma or "and"/"or", and a noun after.
     */
    private boolean inListOfCounts(int one) {
        if (!(is(one - 1, ",") || is(one - 1, "and") || is(one - 1, "or"))) return false;
        String next = lower(one + 1);
        if (next.isEmpty() || t.get(one + 1).type() != Type.WORD || Lexicon.STOP.contains(next)
                || Lexicon.AUXILIARIES.contains(next) || next.equals("another") || next.equals("day")) {
            return false;
        }
        for (int k = one - 2; k >= Math.max(0, one - 6); k--) {
            Token tok = t.get(k);
            if (tok.type() == Type.SYMBOL && !tok.text().equals(",")) return false;
            Num n = tok.type() == Type.NUMBER || Lexicon.SMALL.containsKey(tok.lower()) ? numberAt(k) : null;
            // an earlier "one" counts only as a member itself: "two missions: one emotional, one financial" is not a list
            if (n != null && !isYear(n) && n.to() < one - 1) return !tok.lower().equals("one") || inListOfCounts(k);
        }
        return false;
    }

    private boolean is(int k, String word) {
        return k >= 0 && k < t.size() && t.get(k).lower().equals(word);
    }

    private String lower(int k) {
        return k >= 0 && k < t.size() ? t.get(k).lower() : "";
    }
}
