//! Polarity (negation), modality / hedging and condition markers of a claim's text.
//!
//! PLACEHOLDER: finds nothing yet.

use crate::model::{Marker, Polarity};

/// Negation markers (`not`, `no`, `never`, `denied` …); spans are byte offsets into `text`.
pub fn negations(text: &str) -> Vec<Marker> {
    let _ = text;
    Vec::new()
}

/// `Negative` when the main content is negated.
pub fn polarity(text: &str) -> Polarity {
    if negations(text).is_empty() {
        Polarity::Positive
    } else {
        Polarity::Negative
    }
}

/// Modality and hedge markers (`will`, `may`, `wants`, `signaled a willingness`, `reportedly` …).
pub fn modality(text: &str) -> Vec<Marker> {
    let _ = text;
    Vec::new()
}

/// Condition markers (`if`, `unless`, `to resolve …`, `unconditionally` …).
pub fn conditions(text: &str) -> Vec<Marker> {
    let _ = text;
    Vec::new()
}
