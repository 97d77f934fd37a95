//! Every embedding option the widget reads is documented in the README's options table,
//! with the values that change its behaviour (e.g. `data-header="none"`,
//! `data-team-entry="hidden"`).

use leadership_radar::domain::options::{self, Options, ATTRS, ATTR_HEADER, ATTR_TEAM_ENTRY};
use leadership_radar::i18n;

/// Options from `data-*` attributes given as pairs; problems as the English messages
/// a page editor reads.
fn parse_attrs(attrs: &[(&str, &str)]) -> Result<Options, Vec<String>> {
    options::parse(&|name: &str| {
        attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.to_string())
    })
    .map_err(|problems| {
        problems
            .iter()
            .map(|p| i18n::option_problem("en", p))
            .collect()
    })
}

/// The README's options table: attribute name → the rest of its row.
fn table() -> Vec<(String, String)> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    readme
        .lines()
        .filter_map(|l| l.strip_prefix("| `data-"))
        .filter_map(|rest| {
            let (name, row) = rest.split_once('`')?;
            Some((format!("data-{name}"), row.to_string()))
        })
        .collect()
}

#[test]
fn every_attribute_has_a_row_in_the_readme() {
    let rows = table();
    for attr in ATTRS {
        assert_eq!(
            rows.iter().filter(|(n, _)| n == attr).count(),
            1,
            "{attr} documented once in the README's options table"
        );
    }
}

#[test]
fn documented_values_of_header_and_team_entry_are_the_accepted_ones() {
    let rows = table();
    let row = |attr: &str| rows.iter().find(|(n, _)| n == attr).unwrap().1.clone();
    for (attr, values) in [
        (ATTR_HEADER, ["show", "none"]),
        (ATTR_TEAM_ENTRY, ["shown", "hidden"]),
    ] {
        for v in values {
            assert!(
                row(attr).contains(&format!("`{v}`")),
                "{attr}: `{v}` documented"
            );
            // The documented value is accepted …
            assert!(
                parse_attrs(&[(attr, v)]).is_ok(),
                "{attr}=\"{v}\" is accepted"
            );
        }
        // … and an undocumented one is refused with a message naming the attribute.
        let err = parse_attrs(&[(attr, "maybe")]).unwrap_err();
        assert!(err.iter().any(|e| e.contains(attr)), "{err:?}");
    }
    let hidden = parse_attrs(&[(ATTR_HEADER, "none"), (ATTR_TEAM_ENTRY, "hidden")]).unwrap();
    assert!(!hidden.header);
    assert!(!hidden.team_entry);
}
