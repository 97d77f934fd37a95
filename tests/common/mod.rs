//! Helpers shared by the reference tests: comparing Rust figures with the values in
//! a numpy/scipy reference file.
#![allow(dead_code)] // Each test crate uses a different part.

use serde_json::Value;

/// The `name` of every entry of a reference section.
pub fn names(section: &Value) -> Vec<&str> {
    let entries = section.as_array().expect("a list of named entries");
    entries
        .iter()
        .map(|e| e["name"].as_str().expect("name"))
        .collect()
}

/// Compares values against a JSON reference, records the largest deviation and
/// collects every failure, so one run reports all mismatches.
pub struct Checker {
    tol: f64,
    max_dev: f64,
    worst: String,
    compared: usize,
    failures: Vec<String>,
}

impl Checker {
    /// A checker accepting |rust − python| ≤ `tol` · max(1, |python|).
    pub fn new(tol: f64) -> Self {
        Checker {
            tol,
            max_dev: 0.0,
            worst: String::new(),
            compared: 0,
            failures: Vec::new(),
        }
    }

    /// Records a failure.
    pub fn fail(&mut self, msg: String) {
        self.failures.push(msg);
    }

    /// A number, or `None` where the reference holds `null` ("undefined").
    pub fn num(&mut self, label: &str, got: Option<f64>, want: &Value) {
        match (got, want.as_f64()) {
            (None, None) if want.is_null() => {}
            (Some(g), Some(w)) => {
                self.compared += 1;
                let dev = (g - w).abs() / w.abs().max(1.0);
                // NaN deviation must fail too, hence `is_nan() ||`.
                if dev.is_nan() || dev > self.tol {
                    self.fail(format!("{label}: rust {g:e} vs python {w:e} (dev {dev:e})"));
                }
                if dev > self.max_dev {
                    self.max_dev = dev;
                    self.worst = label.to_string();
                }
            }
            _ => self.fail(format!("{label}: rust {got:?} vs python {want}")),
        }
    }

    /// An interval `[lo, hi]`, or `None` where the reference holds `null`.
    pub fn pair(&mut self, label: &str, got: Option<(f64, f64)>, want: &Value) {
        match (got, want.as_array()) {
            (None, None) if want.is_null() => {}
            (Some((lo, hi)), Some(w)) if w.len() == 2 => {
                self.num(&format!("{label}.lo"), Some(lo), &w[0]);
                self.num(&format!("{label}.hi"), Some(hi), &w[1]);
            }
            _ => self.fail(format!("{label}: rust {got:?} vs python {want}")),
        }
    }

    /// A count, compared exactly.
    pub fn count(&mut self, label: &str, got: usize, want: &Value) {
        self.compared += 1;
        if want.as_u64() != Some(got as u64) {
            self.fail(format!("{label}: rust {got} vs python {want}"));
        }
    }

    /// Any other value, compared exactly.
    pub fn same<T: PartialEq + std::fmt::Debug + ?Sized>(
        &mut self,
        label: &str,
        got: &T,
        want: &T,
    ) {
        self.compared += 1;
        if got != want {
            self.fail(format!("{label}: rust {got:?} vs python {want:?}"));
        }
    }

    /// `got.is_some()` must match "want is not null"; returns whether both are present.
    pub fn presence<T: std::fmt::Debug>(
        &mut self,
        label: &str,
        got: Option<T>,
        want: &Value,
    ) -> bool {
        match (got.is_some(), want.is_null()) {
            (true, false) => true,
            (false, true) => false,
            _ => {
                self.fail(format!("{label}: rust {got:?} vs python {want}"));
                false
            }
        }
    }

    /// Prints the largest deviation and fails with every mismatch (or when nothing
    /// was compared).
    pub fn finish(self, what: &str) {
        eprintln!(
            "{what}: {} values compared, max deviation {:e} ({}), tolerance {:e}",
            self.compared, self.max_dev, self.worst, self.tol
        );
        assert!(self.compared > 0, "{what}: nothing compared");
        assert!(
            self.failures.is_empty(),
            "{what}: {} mismatches:\n{}",
            self.failures.len(),
            self.failures.join("\n")
        );
    }
}
