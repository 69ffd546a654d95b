//! Rules that need the neighbourhood of a line: repeated lines, sponsored blocks, paywall tails.
//!
//! They run after [`super::rules::classify`] over all lines of an article and only add reasons
//! to lines still kept; a reason already given is never overwritten.

use std::collections::HashSet;

use super::chrome::addresses_reader;
use super::rules::{count_words, is_sponsored_head, norm, sponsored_vocab, words};

/// One line of the ingested text.
#[derive(Clone, Debug)]
pub struct Line<'a> {
    /// Byte range in the ingested text, without the line break.
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Paragraph number (lines separated by blank lines belong to different paragraphs).
    pub para: usize,
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// Marks lines that repeat an earlier line (three words or more) as `repeated`.
pub fn mark_repeated(lines: &[Line], reasons: &mut [Option<&'static str>]) {
    let norms: Vec<String> = lines.iter().map(|l| norm(l.text)).collect();
    mark_repeated_normed(lines, &norms, reasons);
}

/// [`mark_repeated`] with each line's [`norm`] already made (`norms[i]` for `lines[i]`).
pub fn mark_repeated_normed(lines: &[Line], norms: &[String], reasons: &mut [Option<&'static str>]) {
    let mut seen: HashSet<&str, crate::text::LineHashBuild> = HashSet::default();
    for (i, (l, n)) in lines.iter().zip(norms).enumerate() {
        if l.is_blank() {
            continue;
        }
        let key = n.trim_end_matches(|c: char| c.is_ascii_punctuation() || c == ' ');
        if count_words(key, 3) < 3 {
            continue;
        }
        if !seen.insert(key) && reasons[i].is_none() {
            reasons[i] = Some("repeated");
        }
    }
}

/// Extends a `Sponsored content` heading over the paragraphs that belong to it: those that talk
/// about sponsorship, and short link-like titles, until the first ordinary paragraph.
pub fn extend_sponsored(lines: &[Line], reasons: &mut [Option<&'static str>]) {
    let mut i = 0;
    while i < lines.len() {
        if reasons[i] != Some("sponsored") || !is_sponsored_head(&norm(lines[i].text)) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut paras_taken = 0;
        while j < lines.len() && paras_taken < 8 {
            let l = &lines[j];
            if l.is_blank() {
                j += 1;
                continue;
            }
            if reasons[j].is_some() {
                break;
            }
            let n = norm(l.text);
            let w = words(&n);
            let link_title = w.len() <= 12 && !n.ends_with('.');
            if !(sponsored_vocab(&n) || link_title) {
                break;
            }
            reasons[j] = Some("sponsored");
            if lines.get(j + 1).is_none_or(|x| x.para != l.para) {
                paras_taken += 1;
            }
            j += 1;
        }
        i = j;
    }
}

/// Marketing words that make a short line look like a subscription pitch.
const PITCH: &[&str] = &[
    "our",
    "exclusive",
    "exclusives",
    "insights",
    "unlimited",
    "offer",
    "offers",
    "access",
    "app",
    "apps",
    "device",
    "devices",
    "tablet",
    "mobile",
    "trusted",
    "experts",
    "subscribe",
    "digital",
    "journalism",
    "premium",
    "trial",
    "plan",
    "plans",
    "benefits",
    "membership",
];

/// A line that looks like boilerplate even if no rule named it.
fn boilerplate_like(line: &str, reason: Option<&str>) -> bool {
    if reason.is_some() {
        return true;
    }
    let n = norm(line);
    let w = words(&n);
    let bullet = line.trim_start().starts_with(['•', '*', '-', '–', '·', '✓', '✔']);
    w.len() <= 2 || (w.len() <= 14 && (addresses_reader(&w) || bullet || w.iter().any(|x| PITCH.contains(x))))
}

/// Once a paywall prompt appears, the rest of the article is paywall only if most of the lines
/// that follow look like boilerplate (so an inline prompt does not swallow the story).
pub fn extend_paywall_tail(lines: &[Line], reasons: &mut [Option<&'static str>]) {
    let Some(first) = (0..lines.len()).find(|&i| reasons[i] == Some("paywall")) else {
        return;
    };
    let rest: Vec<usize> = (first..lines.len()).filter(|&i| !lines[i].is_blank()).collect();
    let like = rest.iter().filter(|&&i| boilerplate_like(lines[i].text, reasons[i])).count();
    if like * 10 >= rest.len() * 7 {
        for &i in &rest {
            if reasons[i].is_none() {
                reasons[i] = Some("paywall");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::classify;

    fn lines(text: &str) -> Vec<Line<'_>> {
        let mut out = Vec::new();
        let (mut pos, mut para) = (0, 0);
        for l in text.split('\n') {
            if l.trim().is_empty() {
                para += 1;
            }
            out.push(Line { start: pos, end: pos + l.len(), text: l, para });
            pos += l.len() + 1;
        }
        out
    }

    fn run(text: &str) -> Vec<Option<&'static str>> {
        let ls = lines(text);
        let mut r: Vec<_> = ls.iter().map(|l| classify(l.text)).collect();
        mark_repeated(&ls, &mut r);
        extend_sponsored(&ls, &mut r);
        extend_paywall_tail(&ls, &mut r);
        r
    }

    #[test]
    fn paywall_tail_swallows_pitch() {
        let r = run("The talks ended.\n\nSubscribe to read more\n\nDiscover our award-winning reporting\nthe best in the city.\n\nJust $1 a week\n\nCancel anytime.");
        assert_eq!(r[0], None);
        assert_eq!(r[2], Some("paywall"));
        assert_eq!(r[4], Some("paywall"));
        assert_eq!(r[5], Some("paywall"));
    }

    #[test]
    fn inline_prompt_does_not_swallow_story() {
        let text = "Subscribe to read our daily coverage\n\nThe ministry said exports fell by 4% in March, the third monthly fall in a row.\n\nAnalysts had expected a smaller decline after the central bank cut rates in January.\n\nThe yen weakened against the dollar after the data were published on Monday.";
        let r = run(text);
        assert_eq!(r[0], Some("paywall"));
        assert_eq!(r[2], None);
        assert_eq!(r[4], None);
    }

    #[test]
    fn repeats_are_whole_lines() {
        // Same length, same first and last eight bytes: only the comparison tells them apart.
        let text = "The vote is due on Friday, officials said.\n\nThe vote is set on Friday, officials said.\n\nthe VOTE is due on  Friday, officials said!";
        let r = run(text);
        assert_eq!(r[0], None);
        assert_eq!(r[2], None);
        assert_eq!(r[4], Some("repeated"));
    }

    #[test]
    fn sponsored_block_and_repeats() {
        let text = "Paid post\n\nThis content was produced by our partner Acme Bank.\n\nThe vote is due on Friday, officials said.\n\nThe vote is due on Friday, officials said.";
        let r = run(text);
        assert_eq!(r[0], Some("sponsored"));
        assert_eq!(r[2], Some("sponsored"));
        assert_eq!(r[4], None);
        assert_eq!(r[6], Some("repeated"));
    }
}
