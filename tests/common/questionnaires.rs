//! Small generated questionnaires for the result-code tests: one builder for the unit
//! tests in `src/domain/code/tests.rs` and `tests/code_props.rs`, which both include this
//! file by path. The including crate provides `crate::domain` (the library's domain).
#![allow(dead_code)] // Each including crate uses a different part.

use crate::domain::questionnaire::{
    Dimension, Item, OwnLeadership, Question, Questionnaire, Scale, Section, Text, WhoLeads,
};
use crate::domain::response::{Answer, Answers};

/// A text in English only.
pub fn text(s: &str) -> Text {
    Text::from([("en".to_string(), s.to_string())])
}

/// Points and "can't say" of one scale.
#[derive(Debug, Clone, Copy)]
pub struct ScaleShape {
    pub points: u8,
    pub cant_say: bool,
}

/// The structure of a generated questionnaire: items per dimension, the item scale,
/// and the number and scale of who-leads and own-leadership questions.
#[derive(Debug, Clone)]
pub struct Shape {
    pub per_dim: Vec<usize>,
    pub item: ScaleShape,
    pub who: (usize, ScaleShape),
    pub own: (usize, ScaleShape),
}

/// A scale with numbered labels.
pub fn scale(id: &str, s: ScaleShape) -> Scale {
    Scale {
        id: id.into(),
        points: s.points,
        labels: [(
            "en".to_string(),
            (1..=s.points).map(|p| format!("{id} {p}")).collect(),
        )]
        .into_iter()
        .collect(),
        cant_say: s.cant_say.then(|| text("Can't say")),
    }
}

/// The questionnaire of `shape`, with id `id` (no network questions).
pub fn build(id: &str, shape: &Shape) -> Questionnaire {
    let dims: Vec<String> = (0..shape.per_dim.len()).map(|d| format!("d{d}")).collect();
    let items: Vec<Item> = shape
        .per_dim
        .iter()
        .enumerate()
        .flat_map(|(d, &n)| {
            (0..n).map(move |k| Item {
                id: format!("i{d}_{k}"),
                dimension: format!("d{d}"),
                text: text("item"),
                reverse: k == 1,
            })
        })
        .collect();
    let questions = |prefix: &str, n: usize| -> Vec<Question> {
        (0..n)
            .map(|k| Question {
                id: format!("{prefix}{k}"),
                text: text("q"),
            })
            .collect()
    };
    let who = questions("w", shape.who.0);
    let own = questions("o", shape.own.0);
    let all: Vec<String> = items
        .iter()
        .map(|i| i.id.clone())
        .chain(who.iter().chain(own.iter()).map(|q| q.id.clone()))
        .collect();
    Questionnaire {
        id: id.into(),
        version: "1".into(),
        languages: vec!["en".into()],
        title: text("t"),
        description: text("d"),
        scales: vec![
            scale("item", shape.item),
            scale("who", shape.who.1),
            scale("own", shape.own.1),
        ],
        item_scale: "item".into(),
        dimensions: dims
            .iter()
            .map(|d| Dimension {
                id: d.clone(),
                name: text(d),
                what: text("w"),
                why: text("y"),
                how: text("h"),
            })
            .collect(),
        items,
        who_leads: WhoLeads {
            scale: "who".into(),
            prompt: text("p"),
            functions: who,
        },
        own_leadership: OwnLeadership {
            scale: "own".into(),
            prompt: text("p"),
            items: own,
        },
        network: None,
        sections: vec![Section {
            id: "s".into(),
            title: text("s"),
            intro: None,
            questions: all,
        }],
    }
}

/// 3 dimensions of `per_dim` items on 5 points with "can't say", 2 who-leads questions
/// on 4 points without it, 1 own-leadership question on 7 points with it.
pub fn small(id: &str, per_dim: usize) -> Questionnaire {
    let points = |points, cant_say| ScaleShape { points, cant_say };
    let shape = Shape {
        per_dim: vec![per_dim; 3],
        item: points(5, true),
        who: (2, points(4, false)),
        own: (1, points(7, true)),
    };
    build(id, &shape)
}

/// What decoding gives back: unanswered becomes "can't say" where offered.
pub fn normalised(q: &Questionnaire, a: &Answers) -> Answers {
    Answers(
        a.0.iter()
            .enumerate()
            .map(|(pos, x)| match x {
                None if q.range_at(pos).unwrap().cant_say => Some(Answer::CantSay),
                other => *other,
            })
            .collect(),
    )
}
