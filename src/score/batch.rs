//! The `pairs` input: JSON lines `{"id", "a", "b"}` scored one by one, in input order.
//!
//! A bad line becomes an error naming its line number; the other lines are still scored.

use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::error::Error;
use crate::model::{Evidence, PairScore, Reason, Relation};

/// One input pair.
#[derive(Clone, Debug, PartialEq)]
pub struct PairInput {
    /// The caller's id, echoed as given (string, number, …).
    pub id: Value,
    pub a: String,
    pub b: String,
}

/// One output line of `pairs`: the id and the score.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PairOutput {
    pub id: Value,
    pub similarity: f64,
    pub relation: Relation,
    pub reasons: Vec<Reason>,
    pub evidence: Evidence,
}

/// The result for one input line (1-based `line`).
#[derive(Debug)]
pub struct PairLine {
    pub line: usize,
    /// The id when the line had one, also for errors.
    pub id: Option<Value>,
    pub result: Result<PairOutput, Error>,
}

/// Parses one line of `pairs` input.
pub fn parse_line(path: &str, line: usize, text: &str) -> Result<PairInput, Error> {
    let err = |message: String| Error::PairLine { path: path.to_string(), line, message };
    let v: Value = serde_json::from_str(text).map_err(|e| err(format!("invalid JSON: {e}")))?;
    let Value::Object(map) = v else {
        return Err(err("not a JSON object".into()));
    };
    let field = |name: &str| -> Result<String, Error> {
        match map.get(name) {
            Some(Value::String(s)) => Ok(s.clone()),
            Some(_) => Err(err(format!("field '{name}' is not a string"))),
            None => Err(err(format!("missing field '{name}'"))),
        }
    };
    Ok(PairInput { id: map.get("id").cloned().unwrap_or(Value::Null), a: field("a")?, b: field("b")? })
}

fn to_output(id: Value, s: PairScore) -> PairOutput {
    PairOutput {
        id,
        similarity: s.similarity,
        relation: s.relation,
        reasons: s.reasons,
        evidence: s.evidence,
    }
}

/// Scores every non-blank line of `input` (in parallel; results in input order).
pub fn score_lines(path: &str, input: &str) -> Vec<PairLine> {
    let lines: Vec<(usize, &str)> =
        input.lines().enumerate().map(|(i, l)| (i + 1, l)).filter(|(_, l)| !l.trim().is_empty()).collect();
    lines
        .par_iter()
        .map(|&(line, text)| {
            let id = serde_json::from_str::<Value>(text).ok().and_then(|v| v.get("id").cloned());
            let result =
                parse_line(path, line, text).map(|p| to_output(p.id.clone(), super::score_texts(&p.a, &p.b)));
            PairLine { line, id, result }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_order_and_errors_name_the_line() {
        let input = "{\"id\": 1, \"a\": \"Prices rose 5%.\", \"b\": \"Prices rose 5%.\"}\n\n\
                     not json\n{\"id\": \"x\", \"a\": \"a\"}\n";
        let out = score_lines("in.jsonl", input);
        assert_eq!(out.len(), 3);
        assert_eq!(out[0].line, 1);
        assert_eq!(out[0].result.as_ref().map(|o| o.relation).ok(), Some(Relation::Same));
        let e = out[1].result.as_ref().err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.starts_with("in.jsonl: line 3: invalid JSON"), "{e}");
        let e = out[2].result.as_ref().err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.contains("line 4: missing field 'b'"), "{e}");
        assert_eq!(out[2].id, Some(Value::String("x".into())));
    }
}
