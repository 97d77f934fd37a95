//! Numbers as people read them in each interface language: decimals, percentages,
//! ranges, confidence intervals, test statistics, and plural forms.
//!
//! Pure (no browser APIs), so it is tested natively. Each language file in `i18n/`
//! supplies one [`Locale`] value; components never format a figure themselves.

/// Plural category of a count (CLDR names). English and German use `One`/`Other`;
/// French also puts 0 in `One`. Languages with more categories add variants here,
/// and the compiler then asks every [`Plural`] for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    One,
    Other,
}

/// The plural rule of English and German: exactly 1 is singular.
pub fn plural_one_is_one(n: u64) -> PluralCategory {
    if n == 1 {
        PluralCategory::One
    } else {
        PluralCategory::Other
    }
}

/// The plural rule of French: 0 and 1 are singular.
pub fn plural_zero_one_is_one(n: u64) -> PluralCategory {
    if n <= 1 {
        PluralCategory::One
    } else {
        PluralCategory::Other
    }
}

/// How one language writes numbers.
#[derive(Debug, Clone, Copy)]
pub struct Locale {
    /// Decimal separator: `.` in English, `,` in German and French.
    pub decimal: char,
    /// Between the two ends of an interval in brackets: `, ` or `; ` where the
    /// decimal separator is a comma.
    pub list_sep: &'static str,
    /// Percentage template; `{n}` is the number (`{n}%`, `{n} %` with a narrow
    /// no-break space in German).
    pub percent: &'static str,
    /// The language's plural rule.
    pub plural: fn(u64) -> PluralCategory,
    /// Between groups of three digits of whole numbers from 1,000 (`""`: none;
    /// French: a narrow no-break space, `10 000`).
    pub group: &'static str,
}

/// English: 54.4, 95%, [1.2, 3.4].
pub const LOCALE_EN: Locale = Locale {
    decimal: '.',
    list_sep: ", ",
    percent: "{n}%",
    plural: plural_one_is_one,
    group: "",
};

/// German: 54,4, 95 %, [1,2; 3,4].
pub const LOCALE_DE: Locale = Locale {
    decimal: ',',
    list_sep: "; ",
    percent: "{n}\u{202f}%",
    plural: plural_one_is_one,
    group: "",
};

/// French: 54,4, 95 %, [1,2 ; 3,4], 10 000 (narrow no-break spaces).
pub const LOCALE_FR: Locale = Locale {
    decimal: ',',
    list_sep: "\u{202f}; ",
    percent: "{n}\u{202f}%",
    plural: plural_zero_one_is_one,
    group: "\u{202f}",
};

/// The digits of a whole number with the locale's group separator.
pub fn grouped(loc: &Locale, digits: &str) -> String {
    if loc.group.is_empty() || digits.len() < 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.to_string();
    }
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            out.push_str(loc.group);
        }
        out.push(c);
    }
    out
}

/// A text with one form per plural category; `{n}` is replaced by the count.
#[derive(Debug, Clone, Copy)]
pub struct Plural {
    pub one: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// The form for `n`, with `{n}` filled in.
    pub fn of(&self, loc: &Locale, n: usize) -> String {
        let form = match (loc.plural)(n as u64) {
            PluralCategory::One => self.one,
            PluralCategory::Other => self.other,
        };
        form.replace("{n}", &grouped(loc, &n.to_string()))
    }
}

/// Rounds to `decimals` places, halves away from zero (as printed reports do);
/// never returns -0.
pub fn round_to(v: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    let r = (v * f).round() / f;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// `v` with `decimals` places in the locale's notation; a minus sign (U+2212) for
/// negatives; `–` for a missing value.
pub fn fixed(loc: &Locale, v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return "\u{2013}".into();
    }
    let s = crate::domain::fixed::fixed(v, decimals as u32);
    let (sign, rest) = match s.strip_prefix('-') {
        Some(rest) => ("\u{2212}", rest),
        None => ("", s.as_str()),
    };
    match rest.split_once('.') {
        Some((int, frac)) => format!("{sign}{}{}{frac}", grouped(loc, int), loc.decimal),
        None => format!("{sign}{}", grouped(loc, rest)),
    }
}

/// Like [`fixed`], with a `+` before positive values (differences).
pub fn signed(loc: &Locale, v: f64, decimals: usize) -> String {
    let s = fixed(loc, v, decimals);
    if round_to(v, decimals as i32) > 0.0 {
        format!("+{s}")
    } else {
        s
    }
}

/// An optional value, `–` when missing.
pub fn opt(loc: &Locale, v: Option<f64>, decimals: usize) -> String {
    v.map(|v| fixed(loc, v, decimals))
        .unwrap_or_else(|| "\u{2013}".into())
}

/// A 0–100 score as a whole number: the scale moves in steps of several points, so
/// decimals would be false precision.
pub fn score(loc: &Locale, v: Option<f64>) -> String {
    opt(loc, v, 0)
}

/// A count, or a mean of counts: a whole number without decimals ("3"), otherwise one
/// decimal ("2.5", "2,5").
pub fn count(loc: &Locale, v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        fixed(loc, v.round(), 0)
    } else {
        fixed(loc, v, 1)
    }
}

/// A fraction (0.25) as a percentage ("25%", "25 %").
pub fn percent(loc: &Locale, fraction: f64, decimals: usize) -> String {
    loc.percent
        .replace("{n}", &fixed(loc, fraction * 100.0, decimals))
}

/// A range of two values, such as an item range: "44–69".
pub fn range(loc: &Locale, lo: f64, hi: f64, decimals: usize) -> String {
    format!(
        "{}\u{2013}{}",
        fixed(loc, lo, decimals),
        fixed(loc, hi, decimals)
    )
}

/// A confidence interval in brackets: "[1.2, 3.4]" / "[1,2; 3,4]".
pub fn interval(loc: &Locale, lo: f64, hi: f64, decimals: usize) -> String {
    format!(
        "[{}{}{}]",
        fixed(loc, lo, decimals),
        loc.list_sep,
        fixed(loc, hi, decimals)
    )
}

/// A p value: "p = 0.028", "p < 0.001".
pub fn p_value(loc: &Locale, p: f64) -> String {
    if p < 0.001 {
        format!("p < {}", fixed(loc, 0.001, 3))
    } else {
        format!("p = {}", fixed(loc, p, 3))
    }
}

/// A Welch test line: "t(12.0) = 2.50, p = 0.028" (German: "t(12,0) = 2,50; p = 0,028").
pub fn t_test(loc: &Locale, df: f64, t: f64, p: f64) -> String {
    format!(
        "t({}) = {}{}{}",
        fixed(loc, df, 1),
        fixed(loc, t, 2),
        loc.list_sep,
        p_value(loc, p)
    )
}

/// A calendar date in the numeric short form the browser's `toLocaleDateString(lang)`
/// gives for the interface languages: `11/30/2026` and `1/5/2026` (English), `30.11.2026`
/// and `5.1.2026` (German), `30/11/2026` and `05/01/2026` (French). `None` for another
/// language (the caller then asks the browser). Written here rather than through `Intl`:
/// the browser's first date formatting on a page loads its locale data, which took
/// 10–17 ms in the task that shows team results.
pub fn date(lang: &str, year: i32, month: u32, day: u32) -> Option<String> {
    match lang {
        "en" => Some(format!("{month}/{day}/{year}")),
        "de" => Some(format!("{day}.{month}.{year}")),
        "fr" => Some(format!("{day:02}/{month:02}/{year}")),
        _ => None,
    }
}

/// The first sentence of a text (up to and including its first `.`, `!` or `?`
/// followed by a space and a capital letter); the whole text when it has one sentence.
/// Abbreviations such as "z. B.", "e.g." or "bzw." are not taken for a sentence end;
/// short words are ("… ratings do. Who …").
pub fn first_sentence(text: &str) -> &str {
    /// Abbreviations longer than one letter that may stand before a capital.
    const ABBREVIATIONS: [&str; 10] = [
        "bzw", "ca", "Dr", "ggf", "evtl", "inkl", "Mr", "Mrs", "Nr", "vs",
    ];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for k in 0..chars.len() {
        let (i, c) = chars[k];
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next_is_space = chars.get(k + 1).is_some_and(|(_, c)| *c == ' ');
        let then_capital = chars.get(k + 2).is_some_and(|(_, c)| c.is_uppercase());
        // The word before the full stop: a single letter ("z", "B", the "g" of "e.g")
        // or a known abbreviation does not end a sentence.
        let word = text[..i]
            .rsplit(|c: char| c.is_whitespace() || c == '.')
            .next()
            .unwrap_or("");
        let abbreviation = word.chars().count() == 1 || ABBREVIATIONS.contains(&word);
        if next_is_space && then_capital && (c != '.' || !abbreviation) {
            return &text[..i + c.len_utf8()];
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_the_browser_writes_them() {
        // Chromium's `new Date(y, m - 1, d).toLocaleDateString(lang)`.
        assert_eq!(date("en", 2026, 11, 30).as_deref(), Some("11/30/2026"));
        assert_eq!(date("en", 2026, 1, 5).as_deref(), Some("1/5/2026"));
        assert_eq!(date("de", 2026, 11, 30).as_deref(), Some("30.11.2026"));
        assert_eq!(date("de", 2026, 1, 5).as_deref(), Some("5.1.2026"));
        assert_eq!(date("fr", 2026, 11, 30).as_deref(), Some("30/11/2026"));
        assert_eq!(date("fr", 2026, 1, 5).as_deref(), Some("05/01/2026"));
        assert_eq!(date("es", 2026, 1, 5), None);
    }

    #[test]
    fn first_sentences() {
        assert_eq!(first_sentence("One. Two."), "One. Two.".split_at(4).0);
        assert_eq!(first_sentence("Only one sentence."), "Only one sentence.");
        assert_eq!(
            first_sentence("Etwa z. B. Teams tun das. Danach mehr."),
            "Etwa z. B. Teams tun das."
        );
        assert_eq!(first_sentence("Is it? Yes."), "Is it?");
        // A two-letter word ends a sentence; known abbreviations do not.
        assert_eq!(
            first_sentence("Better than ratings do. Who decides matters."),
            "Better than ratings do."
        );
        assert_eq!(
            first_sentence("Teams, e.g. Sales, bzw. Andere tun das. Mehr."),
            "Teams, e.g. Sales, bzw. Andere tun das."
        );
        assert_eq!(first_sentence(""), "");
    }

    #[test]
    fn rounding_is_half_away_from_zero_without_negative_zero() {
        for (v, d, want) in [
            (0.625, 2, "0.63"),
            (-0.625, 2, "\u{2212}0.63"),
            (56.25, 1, "56.3"),
            (-0.04, 1, "0.0"),
            (0.0004, 3, "0.000"),
            (2.5, 0, "3"),
        ] {
            assert_eq!(fixed(&LOCALE_EN, v, d), want, "{v} to {d}");
        }
    }

    #[test]
    fn german_uses_a_decimal_comma_everywhere() {
        let de = &LOCALE_DE;
        assert_eq!(fixed(de, 54.44, 1), "54,4");
        assert_eq!(fixed(de, 0.91, 2), "0,91");
        assert_eq!(interval(de, -52.71, 2.93, 1), "[\u{2212}52,7; 2,9]");
        assert_eq!(percent(de, 0.95, 0), "95\u{202f}%");
        assert_eq!(t_test(de, 12.0, 2.5, 0.0284), "t(12,0) = 2,50; p = 0,028");
        assert_eq!(range(de, 43.75, 68.75, 0), "44\u{2013}69");
        assert_eq!(count(de, 2.5), "2,5");
        assert_eq!(count(de, 3.0), "3");
    }

    #[test]
    fn english_figures() {
        let en = &LOCALE_EN;
        assert_eq!(t_test(en, 12.0, 2.5, 0.0284), "t(12.0) = 2.50, p = 0.028");
        assert_eq!(p_value(en, 0.0004), "p < 0.001");
        assert_eq!(interval(en, -1.234, 0.5, 2), "[\u{2212}1.23, 0.50]");
        assert_eq!(percent(en, 0.25, 0), "25%");
        assert_eq!(signed(en, 3.24, 1), "+3.2");
        assert_eq!(signed(en, -3.24, 1), "\u{2212}3.2");
        assert_eq!(signed(en, 0.01, 1), "0.0");
        assert_eq!(score(en, Some(93.75)), "94");
        assert_eq!(score(en, None), "\u{2013}");
        assert_eq!(count(en, 7.0), "7");
        assert_eq!(count(en, 2.25), "2.3");
        assert_eq!(fixed(en, f64::NAN, 1), "\u{2013}");
    }

    #[test]
    fn plural_forms_follow_the_language_rule() {
        let p = Plural {
            one: "{n} code",
            other: "{n} codes",
        };
        assert_eq!(p.of(&LOCALE_EN, 0), "0 codes");
        assert_eq!(p.of(&LOCALE_EN, 1), "1 code");
        assert_eq!(p.of(&LOCALE_EN, 2), "2 codes");
        let fr = Locale {
            plural: plural_zero_one_is_one,
            ..LOCALE_DE
        };
        assert_eq!(p.of(&fr, 0), "0 code");
        assert_eq!(p.of(&fr, 2), "2 codes");
    }
}
