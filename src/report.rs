//! The consistency report of a corpus: outlets and dates covered, claims per outlet, the
//! agreement of every pair of outlets with the conflicts and their evidence, what only each outlet
//! reports, and the main speakers with their timelines and shifts (input: documents with claims;
//! output: [`Report`]).

pub mod agreement;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::align::AlignOptions;
use crate::model::{Alignment, ClaimRef, Consistency, Document, Timeline};
use crate::timeline::{shift, ShiftOptions};

/// One outlet's coverage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutletSummary {
    pub outlet: String,
    pub articles: usize,
    pub claims: usize,
    /// Claims with a named (not anonymous) speaker.
    pub attributed: usize,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    pub paths: Vec<String>,
}

/// The `report` JSON contract.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub version: u32,
    pub articles: usize,
    pub outlets: Vec<OutletSummary>,
    /// Named speakers with the number of claims attributed to them, most first.
    pub speakers: Vec<(String, usize)>,
    /// Timelines of the main speakers (see [`ReportOptions::max_speakers`]).
    pub timelines: Vec<Timeline>,
    /// Agreement of every pair of outlets (A before B in name order): the figures of
    /// `compare A B`.
    #[serde(default)]
    pub matrix: Vec<Consistency>,
    /// Aligned claims two outlets contradict each other on, with reasons and evidence spans.
    #[serde(default)]
    pub conflicts: Vec<Alignment>,
    /// Aligned claims not labelled `conflict` that carry a `possible-conflict-*` reason (a sum
    /// of money or a stance that differs where the wording is too different for the detectors).
    #[serde(default)]
    pub possible_conflicts: Vec<Alignment>,
    /// Per outlet: the claims no other outlet reports.
    #[serde(default)]
    pub only: BTreeMap<String, Vec<ClaimRef>>,
}

/// Options of [`report`].
#[derive(Clone, Debug)]
pub struct ReportOptions {
    /// Timelines are built for at most this many speakers, those with the most claims.
    pub max_speakers: usize,
    /// A speaker needs at least this many claims to get a timeline.
    pub min_claims: usize,
    /// How claims of two outlets are aligned for the agreement matrix.
    pub align: AlignOptions,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions { max_speakers: 5, min_claims: 2, align: AlignOptions::default() }
    }
}

/// Assembles the report of documents whose claims are extracted.
pub fn report(docs: &[Document], opts: &ReportOptions) -> Report {
    let mut outlets: BTreeMap<String, OutletSummary> = BTreeMap::new();
    let mut speakers: BTreeMap<String, usize> = BTreeMap::new();
    for d in docs {
        let name = agreement::outlet_key(d);
        let o = outlets.entry(name.clone()).or_insert_with(|| OutletSummary {
            outlet: name,
            articles: 0,
            claims: 0,
            attributed: 0,
            first: None,
            last: None,
            paths: Vec::new(),
        });
        o.articles += 1;
        o.paths.push(d.path.clone());
        if let Some(p) = d.published {
            o.first = Some(o.first.map_or(p, |f| f.min(p)));
            o.last = Some(o.last.map_or(p, |l| l.max(p)));
        }
        for c in d.claims.iter().flatten() {
            o.claims += 1;
            if let Some(sp) = c.speaker.as_ref().filter(|s| !s.anonymous) {
                o.attributed += 1;
                *speakers.entry(sp.name.clone()).or_default() += 1;
            }
        }
    }
    let mut speakers: Vec<(String, usize)> = speakers.into_iter().collect();
    speakers.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let main: Vec<&String> = speakers
        .iter()
        .filter(|(_, n)| *n >= opts.min_claims)
        .take(opts.max_speakers)
        .map(|(n, _)| n)
        .collect();
    // one timeline per speaker, in parallel; `collect` keeps the order
    let timelines = main.par_iter().map(|name| shift(docs, name, &ShiftOptions::default())).collect();
    let mut outlets: Vec<OutletSummary> = outlets.into_values().collect();
    for o in &mut outlets {
        o.paths.sort();
    }
    let agreement::Agreement { matrix, conflicts, possible_conflicts, only } =
        agreement::agreement(docs, &opts.align);
    Report {
        version: 1,
        articles: docs.len(),
        outlets,
        speakers,
        timelines,
        matrix,
        conflicts,
        possible_conflicts,
        only,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlets_are_summarised_in_order() {
        let opts = crate::ReadOptions { outlet: Some("Gazette".into()), ..Default::default() };
        let mut docs = crate::read_str("a.txt", "The council met. It voted.\n", &opts).expect("read");
        let opts = crate::ReadOptions { outlet: Some("Bulletin".into()), ..Default::default() };
        docs.extend(crate::read_str("b.txt", "Rain fell.\n", &opts).expect("read"));
        crate::extract::extract_corpus(&mut docs, &Default::default());
        let r = report(&docs, &ReportOptions::default());
        assert_eq!(r.articles, 2);
        let names: Vec<&str> = r.outlets.iter().map(|o| o.outlet.as_str()).collect();
        assert_eq!(names, ["Bulletin", "Gazette"]);
        assert_eq!(r.outlets[1].paths, ["a.txt"]);
    }
}
