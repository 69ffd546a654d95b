//! Numbers with their unit or counted noun: `13 Japanese civilians`, `$9`, `five survivors`.
//!
//! PLACEHOLDER: finds nothing yet.

use crate::model::Quantity;

/// Quantities in `text`; spans are byte offsets into `text`.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    let _ = text;
    Vec::new()
}
