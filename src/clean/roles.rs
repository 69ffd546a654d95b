//! Roles of the kept paragraphs: section label (kicker), headline, standfirst, body; datelines.
//!
//! The headline is the metadata title where a paragraph matches it, else the first short line
//! without a final full stop. A 2–4 word line right before the headline is a section label and
//! is dropped. The standfirst is the short paragraph(s) between the headline and the first body
//! paragraph, which is recognised by a dateline, a photo caption in between, or its length.

use std::sync::LazyLock;

use regex::Regex;

use super::rules::{norm, words};

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::unwrap_used)] // constant pattern, tested
    Regex::new(
        r"(?x)^(
            \p{Lu}[\p{Lu}.'’\-]{2,}(?:\ \p{Lu}[\p{Lu}.'’\-]+){0,3}
            (?:,\ \p{Lu}[\p{L}.]+(?:\ \d{1,2}|\ \p{Lu}[\p{L}.]+)?)?
            (?:\ \([^()\n]{1,30}\))?
          | \p{Lu}[\p{Ll}.'’\-]+(?:\ \p{Lu}[\p{Ll}.'’\-]+){0,2}(?:,\ [^()\n]{1,30})?\ \([^()\n]{1,30}\)
        )\ ?(?:--|—|–|-|:)\ +\S",
    )
    .unwrap()
});

/// A dateline at the start of `text`: `(dateline text, byte length to drop)`.
pub fn dateline(text: &str) -> Option<(String, usize)> {
    let m = DATELINE.captures(text)?;
    let whole = m.get(0)?;
    let name = m.get(1)?.as_str().trim().to_string();
    // The match ends on the first character of the body; drop everything before it.
    let last = text[..whole.end()].chars().next_back()?;
    Some((name, whole.end() - last.len_utf8()))
}

/// What the role pass needs to know about one kept paragraph.
#[derive(Clone, Debug)]
pub struct ParaInfo {
    pub text: String,
    /// A dateline opens this paragraph.
    pub dateline: bool,
    /// A photo caption or credit was dropped right before this paragraph.
    pub after_caption: bool,
}

/// The decided role of one paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParaRole {
    SectionLabel,
    Headline,
    Standfirst,
    Body,
}

fn headline_like(t: &str) -> bool {
    let n = words(&norm(t)).len();
    // A closing quote or bracket after the stop still ends a sentence: `… he said."`.
    let t = t.trim_end().trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', ')', ']']);
    (2..=25).contains(&n) && t.len() <= 220 && !t.ends_with(['.', ':', ',', ';'])
}

/// Decides roles for the kept paragraphs, in order.
pub fn assign(paras: &[ParaInfo], title: Option<&str>) -> Vec<ParaRole> {
    let mut roles = vec![ParaRole::Body; paras.len()];
    let window = paras.len().min(4);
    let title_n = title.map(norm).filter(|t| !t.is_empty());
    let by_title = title_n.as_ref().and_then(|t| (0..window).find(|&i| norm(&paras[i].text) == *t));
    let headline = by_title.or_else(|| {
        // Without a title, only the opening paragraph can be the headline (or a kicker).
        let p0 = paras.first()?;
        let n0 = words(&norm(&p0.text)).len();
        let label = (1..=4).contains(&n0) && !p0.text.trim_end().ends_with(['.', ':', ',', ';']);
        // A 1–4 word label followed by a longer headline-like line is a kicker.
        if let Some(next) = paras.get(1) {
            if label && headline_like(&next.text) && !next.dateline && words(&norm(&next.text)).len() > 4 {
                return Some(1);
            }
        }
        (headline_like(&p0.text) && !p0.dateline).then_some(0)
    });
    let Some(h) = headline else {
        return roles;
    };
    for r in roles.iter_mut().take(h) {
        *r = ParaRole::SectionLabel;
    }
    roles[h] = ParaRole::Headline;
    // Standfirst: up to two short paragraphs after the headline, confirmed by a boundary.
    let mut cand = Vec::new();
    let mut boundary = false;
    for (i, p) in paras.iter().enumerate().skip(h + 1).take(3) {
        let n = words(&norm(&p.text)).len();
        if p.dateline || (p.after_caption && !cand.is_empty()) {
            boundary = true;
            break;
        }
        if n > 40 || cand.len() == 2 {
            let prev_len = cand.last().map_or(usize::MAX, |&j: &usize| words(&norm(&paras[j].text)).len());
            boundary = !cand.is_empty() && n * 2 >= prev_len * 3;
            break;
        }
        cand.push(i);
    }
    if boundary {
        for i in cand {
            roles[i] = ParaRole::Standfirst;
        }
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> ParaInfo {
        ParaInfo { text: text.into(), dateline: dateline(text).is_some(), after_caption: false }
    }

    #[test]
    fn sentence_openings_are_not_headlines() {
        let paras = vec![
            p("The minister said taxes would fall."),
            p("\"We will cut the levy,\" she said. \"It is fair.\""),
        ];
        assert_eq!(assign(&paras, None), vec![ParaRole::Body, ParaRole::Body]);
        assert_eq!(assign(&[p("\"It is fair,\" she said.\"")], None), vec![ParaRole::Body]);
    }

    #[test]
    fn datelines() {
        assert_eq!(dateline("TOKYO -- The prime minister said"), Some(("TOKYO".into(), 9)));
        let (d, n) = dateline("WASHINGTON (Reuters) - The U.S. Senate").unwrap_or_default();
        assert_eq!(d, "WASHINGTON (Reuters)");
        assert_eq!(n, "WASHINGTON (Reuters) - ".len());
        let (d, _) = dateline("LONDON, May 2 (AP) — Britain's").unwrap_or_default();
        assert_eq!(d, "LONDON, May 2 (AP)");
        let (d, _) = dateline("NEW YORK: Stocks fell").unwrap_or_default();
        assert_eq!(d, "NEW YORK");
        let (d, _) = dateline("Seoul (CNN) — North Korea").unwrap_or_default();
        assert_eq!(d, "Seoul (CNN)");
        assert_eq!(dateline("The US - China talks resumed"), None);
        assert_eq!(dateline("Officials said on Monday"), None);
    }

    #[test]
    fn kicker_headline_standfirst_body() {
        let paras = vec![
            p("Brexit"),
            p("Johnson and Barnier fail to agree on fishing rights"),
            p("Both sides say a deal is still possible before the deadline"),
            p("BRUSSELS -- British and EU negotiators ended a week of talks on Friday without a deal."),
        ];
        let r = assign(&paras, None);
        assert_eq!(r, vec![ParaRole::SectionLabel, ParaRole::Headline, ParaRole::Standfirst, ParaRole::Body]);
    }

    #[test]
    fn title_metadata_wins_and_no_standfirst_without_boundary() {
        let paras = vec![
            p("Storm hits coast"),
            p("Thousands lost power overnight as the storm moved north."),
            p("Crews were working to restore lines, the utility said."),
        ];
        let r = assign(&paras, Some("Storm Hits Coast"));
        assert_eq!(r, vec![ParaRole::Headline, ParaRole::Body, ParaRole::Body]);
    }

    #[test]
    fn standfirst_before_caption_boundary() {
        let mut body = p("The president has offered to meet his rival without conditions in a bid to end years of hostility between the neighbours.");
        body.after_caption = true;
        let paras = vec![p("Leader offers talks"), p("A softer tone after years of threats."), body];
        let r = assign(&paras, None);
        assert_eq!(r, vec![ParaRole::Headline, ParaRole::Standfirst, ParaRole::Body]);
    }
}
