//! Claims → statements: a quoted sentence without its own attribution takes its speaker from
//! the quotation or claim before it, and consecutive claims of one speaker and cue become one
//! statement (a quotation over several sentences is one). Input: the per-sentence findings of
//! [`super::extract_statements`]; output: speakers filled in and [`Statement`]s.

use std::collections::BTreeMap;

use super::{Found, Statement};
use crate::model::{Claim, ClaimKind, Span};

/// Groups attributed claims into statements. A claim within another's content (`Lee said the
/// mayor told him …`) is part of the outer statement, not one of its own.
pub(super) fn group_statements(found: &[Found], claims: &[Claim]) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::new();
    let mut prev: Option<&Found> = None;
    for (i, f) in found.iter().enumerate() {
        if f.speaker.is_none() || f.within.is_some() {
            continue;
        }
        let (s, e) = (claims[i].content.start, claims[i].content.end);
        let joins = prev.is_some_and(|p| {
            p.speaker == f.speaker
                && (p.paragraph == f.paragraph
                    || p.touched.iter().any(|q| f.touched.contains(q))
                    || (p.colon && f.paragraph == p.paragraph + 1))
        });
        prev = Some(f);
        if !joins && f.kind == ClaimKind::Direct && joins_before_participle(found, &mut out, f, i, (s, e)) {
            continue;
        }
        match out.last_mut() {
            Some(st) if joins => {
                st.claims.push(i);
                st.start = st.start.min(s);
                st.end = st.end.max(e);
            }
            _ => out.push(Statement { claims: vec![i], start: s, end: e }),
        }
    }
    out
}

/// `"A," Lee said, referring to X. "B."`: the quotation `f` (claim `i`, content `span`) that took
/// its attribution from the statement before last, across that statement's one participle claim of
/// the same speaker, joins it. True when it did.
fn joins_before_participle(
    found: &[Found],
    out: &mut [Statement],
    f: &Found,
    i: usize,
    (s, e): (usize, usize),
) -> bool {
    let [.., before, last] = out else { return false };
    let first = &found[before.claims[0]];
    let participle = &found[last.claims[0]];
    let joins = last.claims.len() == 1
        && first.speaker == f.speaker
        && first.paragraph == f.paragraph
        && participle.speaker.map(|x| x.0) == f.speaker.map(|x| x.0);
    if joins {
        before.claims.push(i);
        before.start = before.start.min(s);
        before.end = before.end.max(e);
    }
    joins
}

/// A mostly quoted sentence without its own attribution takes the attribution of its quotation
/// (the claim holding most of it, else any claim quoting part of it), else of the directly quoted
/// claim just before it.
pub(super) fn inherit_speakers(found: &mut [Found]) {
    let mut by_quote: BTreeMap<usize, (Span, Span)> = BTreeMap::new();
    for f in found.iter() {
        if let (Some(q), Some(s)) = (f.quote, f.speaker) {
            by_quote.entry(q).or_insert(s);
        }
    }
    for f in found.iter() {
        if let Some(s) = f.speaker {
            for q in &f.touched {
                by_quote.entry(*q).or_insert(s);
            }
        }
    }
    for i in 0..found.len() {
        if found[i].speaker.is_none() && found[i].kind == ClaimKind::Direct && i > 0 {
            // `Lee told the crowd:` and the quotation right after it.
            let prev = &found[i - 1];
            if prev.colon
                && prev.speaker.is_some()
                && prev.within.is_none()
                && found[i].sentence == prev.sentence + 1
                && found[i].paragraph <= prev.paragraph + 1
            {
                found[i].speaker = prev.speaker;
                continue;
            }
        }
        if found[i].speaker.is_some() || found[i].kind != ClaimKind::Direct {
            continue;
        }
        if let Some(s) = found[i].quote.and_then(|q| by_quote.get(&q)) {
            found[i].speaker = Some(*s);
            continue;
        }
        if i > 0 {
            let mut prev = &found[i - 1];
            // `"A," Lee said, referring to X. "B."`: past a participle claim of the same speaker
            // to the quotation's claim of that sentence.
            if !matches!(prev.kind, ClaimKind::Direct | ClaimKind::Mixed) && prev.speaker.is_some() {
                let same = |j: &usize| {
                    matches!(found[*j].kind, ClaimKind::Direct | ClaimKind::Mixed)
                        && found[*j].speaker.map(|x| x.0) == prev.speaker.map(|x| x.0)
                };
                let sentence = prev.sentence;
                if let Some(j) = (0..i - 1).rev().take_while(|&j| found[j].sentence == sentence).find(same) {
                    prev = &found[j];
                }
            }
            // `The plan is "a disgrace," Ruiz said. "It …"`: a quotation closing a mixed claim
            // goes on in the next sentence.
            if matches!(prev.kind, ClaimKind::Direct | ClaimKind::Mixed)
                && prev.speaker.is_some()
                && found[i].paragraph <= prev.paragraph + 1
            {
                found[i].speaker = prev.speaker;
            }
        }
    }
}

/// An interview turn (`FALLIN: I think the nation needs unity. We all do.`): the sentences after
/// a `Name:` attribution that opens a paragraph, in that paragraph and with no attribution of
/// their own, are the speaker's words too, quoted as in a transcript.
pub(super) fn inherit_turns(found: &mut [Found], body: &str) {
    let mut turn: Option<(usize, (Span, Span))> = None;
    for i in 0..found.len() {
        let opens = i == 0 || found[i - 1].paragraph != found[i].paragraph;
        if opens {
            turn = found[i]
                .speaker
                .filter(|(_, cue)| body.get(cue.start..cue.end) == Some(":"))
                .map(|s| (found[i].paragraph, s));
            continue;
        }
        match turn {
            Some((p, s)) if p == found[i].paragraph => {
                if found[i].speaker.is_none() {
                    found[i].speaker = Some(s);
                    found[i].kind = ClaimKind::Direct;
                    // Without its full stop, as the turn's first claim.
                    let c = found[i].content;
                    if c.len() > 1 && body.get(c.start..c.end).is_some_and(|t| t.ends_with('.')) {
                        found[i].content = Span::new(c.start, c.end - 1);
                    }
                }
            }
            _ => turn = None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{extract_statements, ExtractOptions};
    use super::*;

    fn who(c: &Claim) -> &str {
        c.speaker.as_ref().map_or("-", |s| s.name.as_str())
    }

    fn statements(text: &str) -> (Vec<Claim>, Vec<Statement>) {
        let docs = crate::read_str("t.txt", text, &crate::ReadOptions::default()).unwrap_or_default();
        docs.first().map(|d| extract_statements(d, &ExtractOptions::default())).unwrap_or_default()
    }

    #[test]
    fn a_quotation_after_a_colon_attribution_is_its_content() {
        let t = "Title.\n\nMayor Ann Cole told the crowd:\n\n\"We will rebuild the pier by June.\"\n";
        let (cs, sts) = statements(t);
        assert_eq!((who(&cs[2]), cs[2].kind), ("Ann Cole", ClaimKind::Direct));
        let st: Vec<&Statement> = sts.iter().filter(|s| s.claims.contains(&2)).collect();
        assert_eq!(st.len(), 1);
        assert_eq!(&t[st[0].start..st[0].end], "the crowd:\n\n\"We will rebuild the pier by June");
    }

    #[test]
    fn a_quotation_goes_on_past_a_participle_of_its_speaker() {
        let t = "Title.\n\n\"The pier is safe,\" Cole said, referring to the inspection. \"We checked it twice.\"\n";
        let (cs, sts) = statements(t);
        let last = cs.len() - 1;
        assert_eq!((who(&cs[last]), cs[last].kind), ("Cole", ClaimKind::Direct));
        // One statement for the two quotations, the participle's claim on its own.
        assert!(sts.iter().any(|s| s.claims == vec![1, last]), "{sts:?}");
    }

    #[test]
    fn an_interview_turn_is_its_speakers_statement() {
        let t =
            "Title.\n\nOrtega: The harbor needs dredging badly. Crews start in May.\n\nThe council met.\n";
        let (cs, sts) = statements(t);
        let kinds: Vec<(&str, ClaimKind)> = cs.iter().map(|c| (who(c), c.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("-", ClaimKind::Assertion),
                ("Ortega", ClaimKind::Indirect),
                ("Ortega", ClaimKind::Direct),
                ("-", ClaimKind::Assertion)
            ]
        );
        // One statement over the turn; the next paragraph is the outlet's.
        assert_eq!(sts.len(), 1);
        assert_eq!(&t[sts[0].start..sts[0].end], "The harbor needs dredging badly. Crews start in May");
    }
}
