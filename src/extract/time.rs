//! Time expressions normalised against the publication date (`Thursday`, `last week`, `in 2002`).
//!
//! PLACEHOLDER: finds nothing yet.

use chrono::NaiveDate;

use crate::model::TimeExpr;

/// Time expressions in `text`, normalised against `anchor` (the publication date) where relative;
/// spans are byte offsets into `text`.
pub fn find_times(text: &str, anchor: Option<NaiveDate>) -> Vec<TimeExpr> {
    let _ = (text, anchor);
    Vec::new()
}
