//! Validation of a questionnaire: every problem, named by its JSON path.

use std::collections::BTreeMap;

use super::*;

/// Ids seen so far (value: where first, or empty). The same map type as [`Text`], so
/// validation adds no further `BTreeMap`/`BTreeSet` code to the wasm.
type Seen = BTreeMap<String, String>;
use crate::domain::problem::{check_id, check_text, problem, Reason};

impl Questionnaire {
    /// Every problem in the questionnaire, or an empty list.
    pub fn validate(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let langs = &self.languages;
        if self.id.trim().is_empty() {
            out.push(problem("$.id", Reason::Empty));
        }
        if self.version.trim().is_empty() {
            out.push(problem("$.version", Reason::Empty));
        }
        if langs.is_empty() {
            out.push(problem("$.languages", Reason::NoLanguage));
        }
        let mut seen_lang = Seen::new();
        for (i, l) in langs.iter().enumerate() {
            if seen_lang.insert(l.clone(), String::new()).is_some() {
                out.push(problem(
                    format!("$.languages[{i}]"),
                    Reason::DuplicateLanguage(l.clone()),
                ));
            }
            if l.is_empty()
                || l.len() > 8
                || !l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            {
                out.push(problem(
                    format!("$.languages[{i}]"),
                    Reason::NotLanguageCode(l.clone()),
                ));
            }
        }
        check_text(&mut out, "$.title", &self.title, langs);
        check_text(&mut out, "$.description", &self.description, langs);

        // Scales.
        let mut scale_ids = Seen::new();
        for (i, s) in self.scales.iter().enumerate() {
            let p = format!("$.scales[{i}]");
            check_id(&mut out, &format!("{p}.id"), &s.id);
            if scale_ids.insert(s.id.clone(), String::new()).is_some() {
                out.push(problem(
                    format!("{p}.id"),
                    Reason::DuplicateScale(s.id.clone()),
                ));
            }
            if s.points < 2 {
                out.push(problem(
                    format!("{p}.points"),
                    Reason::TooFewPoints(s.points),
                ));
            }
            if s.points > 11 {
                out.push(problem(
                    format!("{p}.points"),
                    Reason::TooManyPoints(s.points),
                ));
            }
            for l in langs {
                match s.labels.get(l) {
                    None => out.push(problem(
                        format!("{p}.labels"),
                        Reason::MissingTranslation(l.clone()),
                    )),
                    Some(v) if v.len() != s.points as usize => out.push(problem(
                        format!("{p}.labels.{l}"),
                        Reason::LabelCount(v.len(), s.points),
                    )),
                    Some(v) => {
                        for (j, t) in v.iter().enumerate() {
                            if t.trim().is_empty() {
                                out.push(problem(
                                    format!("{p}.labels.{l}[{j}]"),
                                    Reason::EmptyLabel,
                                ));
                            }
                        }
                    }
                }
            }
            if let Some(cs) = &s.cant_say {
                check_text(&mut out, &format!("{p}.cant_say"), cs, langs);
            }
        }
        let check_scale_ref = |out: &mut Vec<Problem>, path: &str, id: &str| {
            if !scale_ids.contains_key(id) {
                out.push(problem(path, Reason::UnknownScale(id.to_string())));
            }
        };
        check_scale_ref(&mut out, "$.item_scale", &self.item_scale);
        check_scale_ref(&mut out, "$.who_leads.scale", &self.who_leads.scale);
        check_scale_ref(
            &mut out,
            "$.own_leadership.scale",
            &self.own_leadership.scale,
        );

        // Question ids are unique across the whole questionnaire.
        let mut ids = Seen::new();
        let mut note_id = |out: &mut Vec<Problem>, path: String, id: &str| {
            check_id(out, &path, id);
            if let Some(first) = ids.get(id) {
                out.push(problem(
                    path,
                    Reason::DuplicateId(id.to_string(), first.clone()),
                ));
            } else {
                ids.insert(id.to_string(), path);
            }
        };

        // Dimensions.
        for (i, d) in self.dimensions.iter().enumerate() {
            let p = format!("$.dimensions[{i}]");
            note_id(&mut out, format!("{p}.id"), &d.id);
            check_text(&mut out, &format!("{p}.name"), &d.name, langs);
            check_text(&mut out, &format!("{p}.what"), &d.what, langs);
            check_text(&mut out, &format!("{p}.why"), &d.why, langs);
            check_text(&mut out, &format!("{p}.how"), &d.how, langs);
        }
        if self.dimensions.len() < 3 {
            out.push(problem(
                "$.dimensions",
                Reason::TooFewDimensions(self.dimensions.len()),
            ));
        }
        if self.dimensions.len() > 16 {
            out.push(problem("$.dimensions", Reason::TooManyDimensions(16)));
        }

        // Items.
        let mut per_dim = vec![0usize; self.dimensions.len()];
        let mut rev_per_dim = vec![0usize; self.dimensions.len()];
        for (i, it) in self.items.iter().enumerate() {
            let p = format!("$.items[{i}]");
            note_id(&mut out, format!("{p}.id"), &it.id);
            match self.dimension_index(&it.dimension) {
                None => out.push(problem(
                    format!("{p}.dimension"),
                    Reason::UnknownDimension(it.dimension.clone()),
                )),
                Some(d) => {
                    per_dim[d] += 1;
                    if it.reverse {
                        rev_per_dim[d] += 1;
                    }
                }
            }
            check_text(&mut out, &format!("{p}.text"), &it.text, langs);
        }
        for (d, dim) in self.dimensions.iter().enumerate() {
            if per_dim[d] < MIN_ITEMS_PER_DIMENSION {
                out.push(problem(
                    format!("$.dimensions[{d}]"),
                    Reason::TooFewItems(dim.id.clone(), per_dim[d], MIN_ITEMS_PER_DIMENSION),
                ));
            }
            if rev_per_dim[d] > 1 {
                out.push(problem(
                    format!("$.dimensions[{d}]"),
                    Reason::TooManyReversed(dim.id.clone(), rev_per_dim[d]),
                ));
            }
        }

        // Who leads and own leadership.
        check_text(
            &mut out,
            "$.who_leads.prompt",
            &self.who_leads.prompt,
            langs,
        );
        for (i, f) in self.who_leads.functions.iter().enumerate() {
            let p = format!("$.who_leads.functions[{i}]");
            note_id(&mut out, format!("{p}.id"), &f.id);
            check_text(&mut out, &format!("{p}.text"), &f.text, langs);
        }
        check_text(
            &mut out,
            "$.own_leadership.prompt",
            &self.own_leadership.prompt,
            langs,
        );
        for (i, f) in self.own_leadership.items.iter().enumerate() {
            let p = format!("$.own_leadership.items[{i}]");
            note_id(&mut out, format!("{p}.id"), &f.id);
            check_text(&mut out, &format!("{p}.text"), &f.text, langs);
        }
        if let Some(net) = &self.network {
            check_text(&mut out, "$.network.prompt", &net.prompt, langs);
            let size_path = "$.network.size";
            note_id(&mut out, format!("{size_path}.id"), &net.size.id);
            check_count(&mut out, size_path, &net.size, langs);
            if net.size.min < 2 && net.size.min >= 0 {
                out.push(problem(
                    format!("{size_path}.min"),
                    Reason::TeamSizeMin(net.size.min),
                ));
            }
            if net.counts.is_empty() {
                out.push(problem("$.network.counts", Reason::NoCounts));
            }
            if net.counts.len() > MAX_NETWORK_COUNTS {
                out.push(problem(
                    "$.network.counts",
                    Reason::TooManyCounts(net.counts.len(), MAX_NETWORK_COUNTS),
                ));
            }
            for (i, c) in net.counts.iter().enumerate() {
                let p = format!("$.network.counts[{i}]");
                note_id(&mut out, format!("{p}.id"), &c.id);
                check_count(&mut out, &p, c, langs);
                if c.min > 0 {
                    out.push(problem(format!("{p}.min"), Reason::CountMinNotZero(c.min)));
                }
                let largest = net.size.max - 1;
                if c.max > largest && c.max <= i64::from(MAX_COUNT) && largest >= 0 {
                    out.push(problem(
                        format!("{p}.max"),
                        Reason::CountMaxAboveTeam(largest, net.size.max, c.max),
                    ));
                }
            }
        }
        let total = self.question_count();
        if total > 200 {
            out.push(problem("$", Reason::TooManyQuestions(total, 200)));
        }

        // Sections: every question exactly once.
        let mut placed = Seen::new();
        let mut section_ids = Seen::new();
        if self.sections.is_empty() {
            out.push(problem("$.sections", Reason::NoSection));
        }
        for (i, s) in self.sections.iter().enumerate() {
            let p = format!("$.sections[{i}]");
            check_id(&mut out, &format!("{p}.id"), &s.id);
            if section_ids.insert(s.id.clone(), String::new()).is_some() {
                out.push(problem(
                    format!("{p}.id"),
                    Reason::DuplicateSection(s.id.clone()),
                ));
            }
            check_text(&mut out, &format!("{p}.title"), &s.title, langs);
            if let Some(t) = &s.intro {
                check_text(&mut out, &format!("{p}.intro"), t, langs);
            }
            if s.questions.is_empty() {
                out.push(problem(format!("{p}.questions"), Reason::EmptySection));
            }
            for (j, q) in s.questions.iter().enumerate() {
                let qp = format!("{p}.questions[{j}]");
                if !self.is_question_id(q) {
                    out.push(problem(qp, Reason::UnknownQuestion(q.clone())));
                } else if let Some(first) = placed.get(q) {
                    out.push(problem(
                        qp,
                        Reason::QuestionPlacedTwice(q.clone(), first.to_string()),
                    ));
                } else {
                    placed.insert(q.clone(), qp);
                }
            }
        }
        for id in self.question_ids() {
            if !placed.contains_key(id) {
                out.push(problem(
                    "$.sections",
                    Reason::QuestionInNoSection(id.to_string()),
                ));
            }
        }
        out
    }
}

fn check_count(out: &mut Vec<Problem>, path: &str, c: &CountItem, langs: &[String]) {
    check_text(out, &format!("{path}.text"), &c.text, langs);
    if let Some(cs) = &c.cant_say {
        check_text(out, &format!("{path}.cant_say"), cs, langs);
    }
    if c.min < 0 {
        out.push(problem(format!("{path}.min"), Reason::CountNegative(c.min)));
    }
    if c.min > c.max {
        out.push(problem(
            format!("{path}.min"),
            Reason::CountMinAboveMax(c.min, c.max),
        ));
    }
    if c.max > i64::from(MAX_COUNT) {
        out.push(problem(
            format!("{path}.max"),
            Reason::CountMaxTooHigh(u32::from(MAX_COUNT), c.max),
        ));
    }
}
