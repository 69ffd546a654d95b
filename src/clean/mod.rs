//! [`SourceText`] → [`CleanDoc`]: keep the article, drop the page.
//!
//! Steps: split the ingested text into lines and paragraphs; classify each line on its own
//! ([`rules`]) and in context ([`context`]: repeats, sponsored blocks, paywall tails); group the
//! kept lines into blocks; find the dateline and the roles ([`roles`]); copy the kept text into
//! the clean text with repairs ([`repair`]), blocks joined by a blank line. Every dropped line is
//! recorded in [`CleanDoc::removed`] with its original offsets and a reason.

pub mod chrome;
pub mod context;
pub mod repair;
pub mod roles;
pub mod rules;
mod template;

use context::Line;
use roles::{ParaInfo, ParaRole};

use crate::model::{Block, CleanDoc, Removed, Role, SourceText, Span};
use crate::text::{MappedText, MappedTextBuilder};

/// Options for cleaning.
#[derive(Clone, Debug, Default)]
pub struct CleanOptions {
    /// Keep every line (only repairs and block splitting), for debugging the rules.
    pub keep_all: bool,
}

/// The longest `Removed::text` excerpt, in characters.
const EXCERPT: usize = 240;

/// A kept block before emission: ranges of the ingested text (one per kept line piece).
#[derive(Clone, Debug, Default)]
struct Para {
    /// `(start, end)` ranges in the ingested text; consecutive ranges are joined by a space.
    pieces: Vec<(usize, usize)>,
    /// Index of the first line, to look back at what was dropped before it.
    first_line: usize,
}

/// Splits text into lines with paragraph numbers (a blank line starts a new paragraph).
fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let (mut pos, mut para, mut prev_blank) = (0usize, 0usize, true);
    for raw in lines_inclusive(text) {
        let body = raw.strip_suffix('\n').unwrap_or(raw);
        let body = body.strip_suffix('\r').unwrap_or(body);
        let blank = body.trim().is_empty();
        if !blank && prev_blank {
            para += 1;
        }
        prev_blank = blank;
        out.push(Line { start: pos, end: pos + body.len(), text: body, para });
        pos += raw.len();
    }
    out
}

/// `text.split_inclusive('\n')`, the line ends found by the `memchr` crate (vector search; the
/// standard one reads a word at a time).
fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut from = 0;
    let mut ends = memchr::memchr_iter(b'\n', text.as_bytes());
    std::iter::from_fn(move || {
        let end = match ends.next() {
            Some(i) => i + 1,
            None if from < text.len() => text.len(),
            None => return None,
        };
        let raw = text.get(from..end);
        from = end;
        raw
    })
}

fn is_bullet(t: &str) -> bool {
    let t = t.trim_start();
    t.starts_with(['•', '*', '·', '▪', '‣', '◦']) || t.starts_with("- ") || t.starts_with("– ")
}

/// Trims whitespace (Unicode-aware) off a byte range of `text`.
fn trim_range(text: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &text[s..e];
    let lead = t.len() - t.trim_start().len();
    let trail = t.len() - t.trim_end().len();
    (s + lead, (e - trail).max(s + lead))
}

fn excerpt(s: &str) -> String {
    let n = rules::norm(s);
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let flat = if flat.is_empty() { n } else { flat };
    if flat.chars().count() <= EXCERPT {
        flat
    } else {
        let mut t: String = flat.chars().take(EXCERPT).collect();
        t.push('…');
        t
    }
}

/// Records dropped ranges, merging neighbours with the same reason.
#[derive(Default)]
struct Drops {
    items: Vec<(usize, usize, &'static str)>,
}

impl Drops {
    fn add(&mut self, s: usize, e: usize, reason: &'static str, lines_between_blank: bool) {
        if let Some(last) = self.items.last_mut() {
            if last.2 == reason && lines_between_blank && last.1 <= s {
                last.1 = e;
                return;
            }
        }
        self.items.push((s, e, reason));
    }

    fn into_removed(self, src: &MappedText) -> Vec<Removed> {
        self.items
            .into_iter()
            .filter(|(s, e, _)| e > s)
            .map(|(s, e, reason)| {
                let sp = src.span(s, e);
                Removed {
                    start: sp.start,
                    end: sp.end,
                    reason: reason.to_string(),
                    text: excerpt(&src.text[s..e]),
                }
            })
            .collect()
    }
}

/// Cleans one article.
pub fn clean(src: &SourceText, opts: &CleanOptions) -> CleanDoc {
    let text = &src.text.text;
    let lines = split_lines(text);
    let mut reasons: Vec<Option<&'static str>> = vec![None; lines.len()];
    if !opts.keep_all {
        // Each line is normalised once, for the line rules and the repeat check, in the pass
        // that finds what the rules ask of every line.
        let (norms, facts): (Vec<String>, Vec<rules::LineFacts>) =
            lines.iter().map(|l| if l.is_blank() { Default::default() } else { rules::scan(l.text) }).unzip();
        for (i, l) in lines.iter().enumerate() {
            reasons[i] = rules::classify_scanned(l.text, &norms[i], &facts[i]);
        }
        context::mark_repeated_normed(&lines, &norms, &mut reasons);
        context::extend_sponsored(&lines, &mut reasons);
        context::extend_paywall_tail(&lines, &mut reasons);
    }

    // Group kept lines into paragraphs; record dropped lines.
    let mut drops = Drops::default();
    let mut paras: Vec<Para> = Vec::new();
    let mut open = false; // the last paragraph can take the next kept line
    let mut last_drop_line: Option<usize> = None;
    for (i, l) in lines.iter().enumerate() {
        if l.is_blank() {
            open = false;
            continue;
        }
        let (s, e) = trim_range(text, l.start, l.end);
        if let Some(reason) = reasons[i] {
            let contiguous = last_drop_line.is_some_and(|j| (j + 1..i).all(|k| lines[k].is_blank()));
            drops.add(s, e, reason, contiguous);
            last_drop_line = Some(i);
            open = false;
            continue;
        }
        // Inline template tags are cut out of a kept line.
        let mut raw = Vec::new();
        let mut at = s;
        for (ts, te) in rules::template_tags(&text[s..e]) {
            raw.push((at, s + ts));
            drops.add(s + ts, s + te, "template", false);
            at = s + te;
        }
        raw.push((at, e));
        let pieces: Vec<(usize, usize)> =
            raw.into_iter().map(|(a, z)| trim_range(text, a, z)).filter(|(a, z)| z > a).collect();
        if pieces.is_empty() {
            continue;
        }
        if open && !is_bullet(l.text) {
            if let Some(p) = paras.last_mut() {
                p.pieces.extend(pieces);
                continue;
            }
        }
        paras.push(Para { pieces, first_line: i });
        open = true;
    }

    // Dateline: at the start of one of the first kept paragraphs.
    let mut dateline = None;
    for p in paras.iter_mut().take(6) {
        let Some(&(s, e)) = p.pieces.first() else { continue };
        if let Some((name, len)) = roles::dateline(&text[s..e]) {
            if words_after(&text[s + len..e]) >= 6 {
                drops.items.push((s, s + len, "dateline"));
                p.pieces[0] = (s + len, e);
                dateline = Some(name);
                break;
            }
        }
    }

    // Roles.
    let infos: Vec<ParaInfo> = paras
        .iter()
        .map(|p| {
            let t: Vec<&str> = p.pieces.iter().map(|&(s, e)| &text[s..e]).collect();
            let before = (0..p.first_line).rev().find(|&k| !lines[k].is_blank());
            ParaInfo {
                text: t.join(" "),
                dateline: dateline.is_some()
                    && p.pieces
                        .first()
                        .is_some_and(|&(s, _)| drops.items.iter().any(|d| d.2 == "dateline" && d.1 == s)),
                after_caption: before.is_some_and(|k| matches!(reasons[k], Some("caption" | "credit"))),
            }
        })
        .collect();
    let para_roles = if opts.keep_all {
        vec![ParaRole::Body; paras.len()]
    } else {
        roles::assign(&infos, src.meta.title.as_deref())
    };

    // Emit.
    let mut b = MappedTextBuilder::new();
    let mut blocks = Vec::new();
    for (p, role) in paras.iter().zip(&para_roles) {
        let role = match role {
            ParaRole::SectionLabel => {
                for &(s, e) in &p.pieces {
                    drops.items.push((s, e, "section-label"));
                }
                continue;
            }
            ParaRole::Headline => Role::Headline,
            ParaRole::Standfirst => Role::Standfirst,
            ParaRole::Body => Role::Body,
        };
        let Some(&(first, _)) = p.pieces.first() else { continue };
        if !b.is_empty() {
            b.push_synthetic("\n\n", src.text.map.start_to_original(first));
        }
        let start = b.len();
        let mut st = repair::RepairState { last_space: true, open_double: false };
        for (k, &(s, e)) in p.pieces.iter().enumerate() {
            let prev_end = if k > 0 { p.pieces[k - 1].1 } else { s };
            if k > 0 && !st.last_space && text[prev_end..s].contains(char::is_whitespace) {
                b.push_replacement_from(" ", &src.text, prev_end, s);
                st.last_space = true;
            }
            repair::emit(&mut b, &src.text, s, e, &mut st);
        }
        // Drop a trailing space left by a repair (e.g. a non-breaking space at the end).
        let mut end = b.len();
        while end > start && b.as_str()[..end].ends_with(' ') {
            end -= 1;
        }
        if end == start {
            continue;
        }
        blocks.push(Block { clean: Span::new(start, end), role });
    }
    let mut text_out = b.finish();
    // A trailing space inside the last block is outside every block; trim the text to match.
    if let Some(last) = blocks.last() {
        if last.clean.end < text_out.text.len() {
            text_out = truncate(&text_out, last.clean.end);
        }
    }
    drops.items.sort();
    CleanDoc {
        text: text_out,
        blocks,
        removed: drops.into_removed(&src.text),
        dateline,
        warnings: Vec::new(),
    }
}

fn words_after(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The first `len` bytes of a mapped text.
fn truncate(m: &MappedText, len: usize) -> MappedText {
    let mut b = MappedTextBuilder::new();
    b.push_from(m, 0, len);
    b.finish()
}

#[cfg(test)]
mod tests;
