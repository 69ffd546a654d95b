//! Tests of where a quotation before its attribution starts the content.

use super::*;

fn contents(s: &str) -> Vec<String> {
    let qs = quotes::find_quotes(s, &[Span::new(0, s.len())]);
    analyse(s, Span::new(0, s.len()), &qs)
        .iter()
        .map(|p| s[p.content.start..p.content.end].to_string())
        .collect()
}

#[test]
fn a_dash_before_the_quotation_introduces_it() {
    assert_eq!(
        contents("The ferry plan was vague - \"We need the timetable first,\" the mayor said."),
        vec!["We need the timetable first"]
    );
    assert_eq!(
        contents("Nobody on the pier was impressed — “It is a gimmick,” one fisherman said."),
        vec!["It is a gimmick"]
    );
}

#[test]
fn a_quotation_closing_a_clause_still_takes_the_clause() {
    assert_eq!(
        contents("The ferry plan was \"a gimmick,\" the mayor said."),
        vec!["The ferry plan was \"a gimmick,\""]
    );
}
