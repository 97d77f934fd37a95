//! Validation of a questionnaire: every problem, named by its JSON path.

use std::collections::{BTreeMap, BTreeSet};

use super::*;
use crate::domain::problem::{check_id, check_text, problem};

impl Questionnaire {
    /// Every problem in the questionnaire, or an empty list.
    pub fn validate(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let langs = &self.languages;
        if self.id.trim().is_empty() {
            out.push(problem("$.id", "must not be empty"));
        }
        if self.version.trim().is_empty() {
            out.push(problem("$.version", "must not be empty"));
        }
        if langs.is_empty() {
            out.push(problem("$.languages", "at least one language is needed"));
        }
        let mut seen_lang = BTreeSet::new();
        for (i, l) in langs.iter().enumerate() {
            if !seen_lang.insert(l.as_str()) {
                out.push(problem(
                    format!("$.languages[{i}]"),
                    format!("duplicate language \"{l}\""),
                ));
            }
            if l.is_empty()
                || l.len() > 8
                || !l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            {
                out.push(problem(
                    format!("$.languages[{i}]"),
                    format!("\"{l}\" is not a language code such as \"en\" or \"de\""),
                ));
            }
        }
        check_text(&mut out, "$.title", &self.title, langs);
        check_text(&mut out, "$.description", &self.description, langs);

        // Scales.
        let mut scale_ids = BTreeMap::new();
        for (i, s) in self.scales.iter().enumerate() {
            let p = format!("$.scales[{i}]");
            check_id(&mut out, &format!("{p}.id"), &s.id);
            if scale_ids.insert(s.id.as_str(), s).is_some() {
                out.push(problem(
                    format!("{p}.id"),
                    format!("duplicate scale id \"{}\"", s.id),
                ));
            }
            if s.points < 2 {
                out.push(problem(
                    format!("{p}.points"),
                    format!("a scale needs at least 2 points, this one has {}", s.points),
                ));
            }
            if s.points > 11 {
                out.push(problem(
                    format!("{p}.points"),
                    format!(
                        "a scale may have at most 11 points, this one has {}",
                        s.points
                    ),
                ));
            }
            for l in langs {
                match s.labels.get(l) {
                    None => out.push(problem(
                        format!("{p}.labels"),
                        format!("missing translation for \"{l}\""),
                    )),
                    Some(v) if v.len() != s.points as usize => out.push(problem(
                        format!("{p}.labels.{l}"),
                        format!("{} labels for a {}-point scale", v.len(), s.points),
                    )),
                    Some(v) => {
                        for (j, t) in v.iter().enumerate() {
                            if t.trim().is_empty() {
                                out.push(problem(format!("{p}.labels.{l}[{j}]"), "empty label"));
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
                out.push(problem(path, format!("unknown scale \"{id}\"")));
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
        let mut ids: BTreeMap<String, String> = BTreeMap::new();
        let mut note_id = |out: &mut Vec<Problem>, path: String, id: &str| {
            check_id(out, &path, id);
            if let Some(first) = ids.get(id) {
                out.push(problem(
                    path,
                    format!("duplicate id \"{id}\" (first used at {first})"),
                ));
            } else {
                ids.insert(id.to_string(), path);
            }
        };

        // Dimensions.
        let mut dim_index = BTreeMap::new();
        for (i, d) in self.dimensions.iter().enumerate() {
            let p = format!("$.dimensions[{i}]");
            note_id(&mut out, format!("{p}.id"), &d.id);
            dim_index.entry(d.id.as_str()).or_insert(i);
            check_text(&mut out, &format!("{p}.name"), &d.name, langs);
            check_text(&mut out, &format!("{p}.what"), &d.what, langs);
            check_text(&mut out, &format!("{p}.why"), &d.why, langs);
            check_text(&mut out, &format!("{p}.how"), &d.how, langs);
        }
        if self.dimensions.len() < 3 {
            out.push(problem(
                "$.dimensions",
                format!(
                    "a radar needs at least 3 dimensions, there are {}",
                    self.dimensions.len()
                ),
            ));
        }
        if self.dimensions.len() > 16 {
            out.push(problem(
                "$.dimensions",
                "at most 16 dimensions are supported",
            ));
        }

        // Items.
        let mut per_dim = vec![0usize; self.dimensions.len()];
        let mut rev_per_dim = vec![0usize; self.dimensions.len()];
        for (i, it) in self.items.iter().enumerate() {
            let p = format!("$.items[{i}]");
            note_id(&mut out, format!("{p}.id"), &it.id);
            match dim_index.get(it.dimension.as_str()) {
                None => out.push(problem(
                    format!("{p}.dimension"),
                    format!("unknown dimension \"{}\"", it.dimension),
                )),
                Some(&d) => {
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
                    format!(
                        "dimension \"{}\" has {} item(s); at least {} are needed",
                        dim.id, per_dim[d], MIN_ITEMS_PER_DIMENSION
                    ),
                ));
            }
            if rev_per_dim[d] > 1 {
                out.push(problem(
                    format!("$.dimensions[{d}]"),
                    format!(
                        "dimension \"{}\" has {} reverse-keyed items; at most one is allowed",
                        dim.id, rev_per_dim[d]
                    ),
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
                    format!(
                        "a team has at least 2 people (you and one teammate), so the \
                         smallest team size must be at least 2, not {}",
                        net.size.min
                    ),
                ));
            }
            if net.counts.is_empty() {
                out.push(problem(
                    "$.network.counts",
                    "the network block needs at least one count of teammates",
                ));
            }
            if net.counts.len() > MAX_NETWORK_COUNTS {
                out.push(problem(
                    "$.network.counts",
                    format!(
                        "{} counts; at most {MAX_NETWORK_COUNTS} are supported",
                        net.counts.len()
                    ),
                ));
            }
            for (i, c) in net.counts.iter().enumerate() {
                let p = format!("$.network.counts[{i}]");
                note_id(&mut out, format!("{p}.id"), &c.id);
                check_count(&mut out, &p, c, langs);
                if c.min > 0 {
                    out.push(problem(
                        format!("{p}.min"),
                        format!(
                            "a count of teammates must allow 0 (nobody), but its minimum is {}",
                            c.min
                        ),
                    ));
                }
                let largest = net.size.max - 1;
                if c.max > largest && c.max <= i64::from(MAX_COUNT) && largest >= 0 {
                    out.push(problem(
                        format!("{p}.max"),
                        format!(
                            "at most {largest} teammates are possible in a team of at most {} \
                             (the largest team size minus the person answering), but the \
                             maximum is {}",
                            net.size.max, c.max
                        ),
                    ));
                }
            }
        }
        let total = self.question_count();
        if total > 200 {
            out.push(problem(
                "$",
                format!("{total} questions; at most 200 are supported"),
            ));
        }

        // Sections: every question exactly once.
        let mut placed: BTreeMap<&str, String> = BTreeMap::new();
        let mut section_ids = BTreeSet::new();
        if self.sections.is_empty() {
            out.push(problem("$.sections", "at least one section is needed"));
        }
        for (i, s) in self.sections.iter().enumerate() {
            let p = format!("$.sections[{i}]");
            check_id(&mut out, &format!("{p}.id"), &s.id);
            if !section_ids.insert(s.id.as_str()) {
                out.push(problem(
                    format!("{p}.id"),
                    format!("duplicate section id \"{}\"", s.id),
                ));
            }
            check_text(&mut out, &format!("{p}.title"), &s.title, langs);
            if let Some(t) = &s.intro {
                check_text(&mut out, &format!("{p}.intro"), t, langs);
            }
            if s.questions.is_empty() {
                out.push(problem(
                    format!("{p}.questions"),
                    "a section needs at least one question",
                ));
            }
            for (j, q) in s.questions.iter().enumerate() {
                let qp = format!("{p}.questions[{j}]");
                if !self.is_question_id(q) {
                    out.push(problem(qp, format!("unknown question \"{q}\"")));
                } else if let Some(first) = placed.get(q.as_str()) {
                    out.push(problem(
                        qp,
                        format!("question \"{q}\" is already placed at {first}"),
                    ));
                } else {
                    placed.insert(q.as_str(), qp);
                }
            }
        }
        for id in self.question_ids() {
            if !placed.contains_key(id) {
                out.push(problem(
                    "$.sections",
                    format!("question \"{id}\" is in no section"),
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
        out.push(problem(
            format!("{path}.min"),
            format!("a count cannot be negative, but the minimum is {}", c.min),
        ));
    }
    if c.min > c.max {
        out.push(problem(
            format!("{path}.min"),
            format!(
                "the minimum ({}) is larger than the maximum ({})",
                c.min, c.max
            ),
        ));
    }
    if c.max > i64::from(MAX_COUNT) {
        out.push(problem(
            format!("{path}.max"),
            format!(
                "a count may go up to at most {MAX_COUNT}, but the maximum is {}",
                c.max
            ),
        ));
    }
}
