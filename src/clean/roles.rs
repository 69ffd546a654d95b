//! Roles of the kept paragraphs: section label (kicker), headline, standfirst, body; datelines.
//!
//! The headline is the metadata title where a paragraph matches it, else the first short line
//! without a final full stop. A 2–4 word line right before the headline is a section label and
//! is dropped. The standfirst is the short paragraph(s) between the headline and the first body
//! paragraph, which is recognised by a dateline, a photo caption in between, or its length.

use std::sync::LazyLock;

use regex::Regex;

use super::rules::{count_words, norm};

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
    // A closing quote or bracket after the stop still ends a sentence: `… he said."`.
    let s = t.trim_end().trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', ')', ']']);
    // The length first: a body paragraph (most of those asked) fails it without a word count.
    s.len() <= 220 && !s.ends_with(['.', ':', ',', ';']) && (2..=25).contains(&norm_words(t, 26))
}

/// `words(&norm(t)).len()`, counting no further than `max`, without making the norm or the
/// list: the role rules count the words of whole paragraphs (a long news paragraph ~10,000
/// instructions each way) but only compare the count with small bounds.
fn norm_words(t: &str, max: usize) -> usize {
    norm_word_count(t, max).unwrap_or_else(|| count_words(&norm(t), max))
}

/// [`norm_words`] read off `t` itself: the word characters of [`norm`]'s output are its
/// alphanumeric characters and `'`, and [`norm`] makes `'` of `` ` `` and the single quotes,
/// maps white space and double quotes to characters that are no word characters either, and
/// lower-cases the rest. `None` for a character whose lower case is not one character of the
/// same kind (alphanumeric or not) as itself (`İ` lowers to `i` and a combining dot): the caller
/// then counts on the norm.
fn norm_word_count(t: &str, max: usize) -> Option<usize> {
    let b = t.as_bytes();
    let (mut count, mut in_word, mut i) = (0usize, false, 0usize);
    while i < b.len() && count < max {
        let c = b[i];
        let word = if c < 0x80 {
            i += 1;
            c.is_ascii_alphanumeric() || c == b'\'' || c == b'`'
        } else {
            let ch = t[i..].chars().next()?;
            i += ch.len_utf8();
            if matches!(ch, '\u{2018}' | '\u{2019}' | '\u{201B}') {
                true
            } else {
                let alnum = ch.is_alphanumeric();
                let mut l = ch.to_lowercase();
                match (l.next(), l.next()) {
                    (Some(d), None) if d.is_alphanumeric() == alnum && d != '\'' => alnum,
                    _ => return None,
                }
            }
        };
        if word && !in_word {
            count += 1;
        }
        in_word = word;
    }
    Some(count)
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
        let n0 = norm_words(&p0.text, 5);
        let label = (1..=4).contains(&n0) && !p0.text.trim_end().ends_with(['.', ':', ',', ';']);
        // A 1–4 word label followed by a longer headline-like line is a kicker.
        if let Some(next) = paras.get(1) {
            if label && headline_like(&next.text) && !next.dateline && norm_words(&next.text, 5) > 4 {
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
    // Counts are compared with 40 and, past it, as `n * 2 >= prev * 3` with `prev <= 40`: any
    // count from 61 on decides as 61 does.
    let count = |t: &str| norm_words(t, 61);
    for (i, p) in paras.iter().enumerate().skip(h + 1).take(3) {
        let n = count(&p.text);
        if p.dateline || (p.after_caption && !cand.is_empty()) {
            boundary = true;
            break;
        }
        if n > 40 || cand.len() == 2 {
            let prev_len = cand.last().map_or(usize::MAX, |&j: &usize| count(&paras[j].text));
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

    /// [`assign`] as it was, counting each paragraph's words on its norm: what the bounded counts
    /// must agree with.
    fn assign_reference(paras: &[ParaInfo], title: Option<&str>) -> Vec<ParaRole> {
        use super::super::rules::words;
        let n = |t: &str| words(&norm(t)).len();
        let headline_like = |t: &str| {
            let s = t.trim_end().trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', ')', ']']);
            (2..=25).contains(&n(t)) && s.len() <= 220 && !s.ends_with(['.', ':', ',', ';'])
        };
        let mut roles = vec![ParaRole::Body; paras.len()];
        let window = paras.len().min(4);
        let title_n = title.map(norm).filter(|t| !t.is_empty());
        let by_title = title_n.as_ref().and_then(|t| (0..window).find(|&i| norm(&paras[i].text) == *t));
        let headline = by_title.or_else(|| {
            let p0 = paras.first()?;
            let label = (1..=4).contains(&n(&p0.text)) && !p0.text.trim_end().ends_with(['.', ':', ',', ';']);
            if let Some(next) = paras.get(1) {
                if label && headline_like(&next.text) && !next.dateline && n(&next.text) > 4 {
                    return Some(1);
                }
            }
            (headline_like(&p0.text) && !p0.dateline).then_some(0)
        });
        let Some(h) = headline else { return roles };
        for r in roles.iter_mut().take(h) {
            *r = ParaRole::SectionLabel;
        }
        roles[h] = ParaRole::Headline;
        let mut cand = Vec::new();
        let mut boundary = false;
        for (i, p) in paras.iter().enumerate().skip(h + 1).take(3) {
            let k = n(&p.text);
            if p.dateline || (p.after_caption && !cand.is_empty()) {
                boundary = true;
                break;
            }
            if k > 40 || cand.len() == 2 {
                let prev = cand.last().map_or(usize::MAX, |&j: &usize| n(&paras[j].text));
                boundary = !cand.is_empty() && k * 2 >= prev * 3;
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

    #[test]
    fn bounded_word_counts_agree_with_the_norm() {
        use super::super::rules::words;
        for t in [
            "",
            "İstanbul İİ x",
            "don\u{2019}t `quote` \u{201C}so\u{201D}",
            "a\u{301}b ǅx Σς ½ ٣",
            "K\u{212A} ﬁ ß",
        ] {
            for max in [1, 5, 26, 61] {
                assert_eq!(norm_words(t, max), words(&norm(t)).len().min(max), "{t:?} {max}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn bounded_word_counts_agree_on_any_text(
            t in "[ a-zA-Z0-9'`.,\u{2018}\u{2019}\u{201B}\u{201C}\u{201D}\u{a0}\r\nİéÉΣ\u{212a}ǅ\u{301}٣½ﬁß-]{0,80}|\\PC{0,40}",
            max in 1usize..70,
        ) {
            use super::super::rules::words;
            proptest::prop_assert_eq!(norm_words(&t, max), words(&norm(&t)).len().min(max));
        }

        #[test]
        fn roles_agree_with_counts_on_the_norm(
            paras in proptest::collection::vec(
                ("(([A-Z]?[a-z]{1,6}|[0-9]{1,3}|İx|don\u{2019}t)[ ,]{1,2}){0,70}[.:;\"]?", proptest::bool::ANY, proptest::bool::ANY),
                0..6,
            ),
            title in proptest::option::of("[a-z ]{0,20}"),
        ) {
            let paras: Vec<ParaInfo> = paras
                .into_iter()
                .map(|(text, dateline, after_caption)| ParaInfo { text, dateline, after_caption })
                .collect();
            proptest::prop_assert_eq!(assign(&paras, title.as_deref()), assign_reference(&paras, title.as_deref()));
        }
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
