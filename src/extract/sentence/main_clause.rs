//! The outlet's own main clause in a sentence whose attributions all sit in a relative clause
//! after it (`The council voted 8-3 to fund the line, which officials estimate will cost $150
//! million.`): an assertion the attribution would otherwise swallow.

use super::bounds::trim_span;
use super::Part;
use crate::model::Span;

/// Connectives that open a relative clause after the main clause (`…, which officials estimate
/// will cost $9m`).
const RELATIVES: &[&str] = &["which", "who", "whom", "whose", "where"];

/// The outlet's own main clause when every attribution of the sentence sits in a relative clause
/// after it: `The council voted 8-3 to fund the line, which officials estimate will cost $150
/// million.` → `The council voted 8-3 to fund the line`, an assertion the attribution would
/// otherwise swallow. At least four words before `, which` / `, who` …, and no part starting
/// earlier.
pub(super) fn main_clause_before(body: &str, sp: Span, parts: &[Part]) -> Option<Span> {
    let first = parts
        .iter()
        .flat_map(|p| p.speaker.map(|(s, c)| s.start.min(c.start)).into_iter().chain([p.content.start]))
        .min()?;
    // `Voters backed Mayor Cole, who told reporters …`: the speaker is the relative's antecedent,
    // the main clause ends with it.
    let antecedent = parts.iter().filter_map(|p| p.speaker).find(|(s, c)| {
        s.start == first
            && body.get(s.end..c.start).is_some_and(|gap| {
                let gap = gap.trim().to_ascii_lowercase();
                gap.strip_prefix(',').is_some_and(|g| RELATIVES.contains(&g.trim()))
            })
    });
    if let Some((s, _)) = antecedent {
        let main = trim_span(body, Span::new(sp.start, s.end));
        let before = body.get(sp.start..s.start).unwrap_or("");
        return (before.split_whitespace().count() >= 2).then_some(main);
    }
    let lead = body.get(sp.start..first)?.trim_end();
    let (head, rel) = lead.rsplit_once(char::is_whitespace)?;
    let head = head.trim_end().strip_suffix(',')?;
    if !RELATIVES.contains(&rel.to_ascii_lowercase().as_str()) || head.split_whitespace().count() < 4 {
        return None;
    }
    let main = trim_span(body, Span::new(sp.start, sp.start + head.len()));
    (!main.is_empty()).then_some(main)
}
