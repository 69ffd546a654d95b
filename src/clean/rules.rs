//! Line classifiers: decide from one line alone whether it is page furniture, and why.
//!
//! Each rule is general: word lists of the trade (paywall, share widgets, photo agencies), the
//! shape of a line (short, imperative, second person, CamelCase-glued UI names) and regexes for
//! credit conventions. Context rules (paywall tails, sponsored blocks, repeats) live in
//! [`super::context`].

use std::sync::LazyLock;

use regex::Regex;

use super::chrome::{addresses_reader, is_icon_run_counted, is_widget};
use crate::twin::WordBoundTwin;

/// What [`norm`] makes of each ASCII byte: white space (`\t` to `\r`, the space) as a space to
/// collapse, capitals in lower case, `` ` `` as `'`, every other byte (controls too) as it is.
const NORM_ASCII: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = match c {
            b'\t'..=b'\r' => b' ',
            b'`' => b'\'',
            _ => c.to_ascii_lowercase(),
        };
        b += 1;
    }
    t
};

/// Lower-cases, straightens quotes and collapses whitespace, for matching and comparing lines.
pub fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII (most of a news page) byte by byte through a table, without decoding a character
        // or copying runs (a run ends at every space); `char::to_lowercase` is slow and kept for
        // the rest.
        let b = bytes[i];
        if b.is_ascii() {
            i += 1;
            let m = NORM_ASCII[usize::from(b)];
            if m == b' ' {
                if !space {
                    out.push(' ');
                }
                space = true;
            } else {
                out.push(char::from(m));
                space = false;
            }
            continue;
        }
        let Some(c) = s[i..].chars().next() else { break };
        i += c.len_utf8();
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' => '"',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.extend(c.to_lowercase());
            space = false;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Words of a normalised line (letters, digits, apostrophes).
pub fn words(n: &str) -> Vec<&str> {
    word_iter(n).collect()
}

/// How many words [`word_iter`] finds in `n`, counting no further than `max`: without
/// decoding ASCII or making the words.
pub(super) fn count_words(n: &str, max: usize) -> usize {
    // A word's start, then its end, each by a run over the bytes (a test per byte, not a
    // decision per character: this reads the first words of every line).
    let mut count = 0;
    let mut i = 0;
    while count < max {
        i = word_run_end(n, i, false);
        if i == n.len() {
            break;
        }
        count += 1;
        i = word_run_end(n, i, true);
    }
    count
}

/// The word bytes of [`count_words`]: 1 for an ASCII alphanumeric or `'`, 2 for a byte of a
/// wider character (decoded), 0 for the rest.
const WORD_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            2
        } else if c.is_ascii_alphanumeric() || c == b'\'' {
            1
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The end of the run from `i` of characters that are word characters when `word` (are not,
/// when not): `n.len()` when the run reaches the end.
#[inline]
fn word_run_end(n: &str, mut i: usize, word: bool) -> usize {
    let b = n.as_bytes();
    while i < b.len() {
        match WORD_CLASS[usize::from(b[i])] {
            2 => {
                let Some(c) = n.get(i..).and_then(|r| r.chars().next()) else { return b.len() };
                if c.is_alphanumeric() != word {
                    return i;
                }
                i += c.len_utf8();
            }
            k => {
                if (k == 1) != word {
                    return i;
                }
                i += 1;
            }
        }
    }
    i
}

/// The words of [`words`], one at a time.
pub(super) fn word_iter(n: &str) -> impl Iterator<Item = &str> {
    n.split(|c: char| !(c.is_alphanumeric() || c == '\'')).filter(|w| !w.is_empty())
}

fn re(p: &str) -> Regex {
    // The patterns are constants of this file; a typo is caught by the unit tests.
    #[allow(clippy::unwrap_used)] // constant pattern, tested
    Regex::new(p).unwrap()
}

/// A pattern with `\b` run as its [`WordBoundTwin`] (on a line with non-ASCII characters the
/// Unicode `\b` sends the search to the slow engines).
fn wb(p: &str) -> WordBoundTwin {
    WordBoundTwin::new(p)
}

pub use super::template::template_tags;

mod credit;
mod dfa;
mod prefilter;
mod scan;

pub use credit::credit_start;
#[cfg(test)]
pub(super) use credit::CREDIT;
#[cfg(test)]
use prefilter::PROMPT_WORD;
use prefilter::{
    may_be_advert, may_be_price_offer, may_be_related, may_be_source_credit, may_be_sponsored_head,
};
pub(super) use scan::{scan, LineFacts};

/// True when a line is nothing but template tags (and punctuation).
fn template_only(line: &str) -> bool {
    let tags = template_tags(line);
    if tags.is_empty() {
        return false;
    }
    // Fewer than three letters or digits outside the tags.
    let mut at = 0;
    let mut alnum = 0;
    for &(s, e) in tags.iter().chain(std::iter::once(&(line.len(), line.len()))) {
        alnum += line[at..s].chars().filter(|c| c.is_alphanumeric()).count();
        at = e;
    }
    alnum < 3
}

/// Paywall prompts that decide alone.
pub(super) const PAYWALL_STRONG_P: &str = r"(?x)
        free\ articles?\b | articles?\ left\b | stories\ left\b | unlimited\ (digital\ )?access
      | full\ access | digital\ access | subscribe\ (now|today|to\ (read|continue|unlock))
      | already\ a\ (subscriber|member) | already\ subscribed | become\ a\ (subscriber|member)
      | trial\ period | free\ trial | cancel\ (at\ )?any\ ?time | offer\ ends | limited[-\ ]time\ offer
      | see\ all\ offers | (log|sign)\ in\ to\ (continue|read) | to\ continue\ reading
      | subscribers?[-\ ]only | exclusive\ to\ subscribers | support\ (our|independent|quality)\ journalism
      | (subscription|access|trial)\ (has|have)\ expired | paywall";

static PAYWALL_STRONG: LazyLock<WordBoundTwin> = LazyLock::new(|| wb(PAYWALL_STRONG_P));

static PRICE_OFFER: LazyLock<WordBoundTwin> = LazyLock::new(|| {
    wb(r"(?x)
        \b\d+\ (weeks?|months?|days?|years?)\ (for|at)\ ([$£€]|usd\ |eur\ )?\d
      | [$£€]\ ?\d+([.,]\d+)?\ ?(/|per\ |a\ )\ ?(month|week|year|mo|yr)\b
      | ^(try|get|only|just|from)\b.{0,40}[$£€]\ ?\d")
});

pub(super) const PAYWALL_WEAK_P: &str =
    r"\b(subscri(be|ber|bers|bing|ption|ptions)|membership|premium|sign in|log in|register)\b";

static PAYWALL_WEAK: LazyLock<WordBoundTwin> = LazyLock::new(|| wb(PAYWALL_WEAK_P));

/// Paywall and subscription prompts.
///
/// A price ("$2.99 a month") alone is an offer only on a short line or one addressed to the reader:
/// news prose quotes prices too ("workers earn $300 a month, she said"), and dropping such a paragraph
/// loses a claim.
pub fn is_paywall(n: &str, w: &[&str]) -> bool {
    is_paywall_lazy(n, true, may_have_digit(n), || w)
}

/// False when `n` has no digit a price pattern can match: no ASCII digit, and no non-ASCII
/// word character (the twins cannot take the line, and Unicode `\d` has other digits).
fn may_have_digit(n: &str) -> bool {
    n.bytes().any(|b| b.is_ascii_digit()) || !crate::twin::twin_safe(n)
}

/// [`is_paywall`] making the word list only when a rule needs it (most lines never get there).
/// `prompt` is false when [`PROMPT`] found nothing in `n` (so neither paywall pattern matches),
/// `digit` when [`may_have_digit`] is.
fn is_paywall_lazy<'w>(n: &str, prompt: bool, digit: bool, w: impl Fn() -> &'w [&'w str]) -> bool {
    if prompt && PAYWALL_STRONG.is_match(n) {
        return true;
    }
    // Every form of an offer has a digit: on a line with no non-ASCII word character (nor
    // digit) an ASCII digit.
    if digit && may_be_price_offer(n) && PRICE_OFFER.is_match(n) && {
        let w = w();
        w.len() <= 12 || addresses_reader(w)
    } {
        return true;
    }
    prompt && PAYWALL_WEAK.is_match(n) && {
        let w = w();
        addresses_reader(w) || w.len() <= 6
    }
}

pub(super) const NEWSLETTER_P: &str =
    r"newsletters?\b|\bsign ?up\b|\byour inbox|enter your e-?mail|\bemail address\b|daily briefing";

static NEWSLETTER: LazyLock<WordBoundTwin> = LazyLock::new(|| wb(NEWSLETTER_P));

/// Newsletter sign-up prompts.
pub fn is_newsletter(n: &str, w: &[&str]) -> bool {
    is_newsletter_lazy(n, true, || w)
}

/// [`is_newsletter`] making the word list only when a newsletter word asks for it.
/// `prompt` is false when [`PROMPT`] found nothing in `n`.
fn is_newsletter_lazy<'w>(n: &str, prompt: bool, w: impl FnOnce() -> &'w [&'w str]) -> bool {
    prompt && NEWSLETTER.is_match(n) && {
        let w = w();
        addresses_reader(w) || n.contains("sign up") || w.len() <= 8
    }
}

static SPONSORED_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(about )?(sponsored( content| by .{1,40}| stories)?|paid (content|post|partnership|for by .{1,40})|partner content|advertisement feature|advertiser content|promoted( content| stories)?|from our partners|in partnership with .{1,40}|brand ?studio)\.?$",
    )
});

/// The heading of a sponsored block (`Sponsored Content`, `Paid post`, `From our partners`).
pub fn is_sponsored_head(n: &str) -> bool {
    may_be_sponsored_head(n) && SPONSORED_HEAD.is_match(n)
}

/// Words that keep a sponsored block going.
pub fn sponsored_vocab(n: &str) -> bool {
    ["sponsor", "commissioned", "partner", "advertis", "paid for", "promoted", "brand"]
        .iter()
        .any(|k| n.contains(k))
}

static ADVERT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(advertisement|advert|ad|ads by .{1,30}|skip advertisement|story continues below( this)? advertisement|continue reading the main story|scroll to continue with content|article continues below)$",
    )
});

static RELATED: LazyLock<WordBoundTwin> = LazyLock::new(|| {
    wb(
        r"^(read more|related|see also|more on this( story)?|recommended|most read|also read|read next|read also|more from .{1,30}|watch|listen|explore more)\s*[:|>»-]|^related (stories|articles|content|coverage|topics|links)$|^click here\b|^tap here\b",
    )
});

static SOURCE_CREDIT: LazyLock<WordBoundTwin> = LazyLock::new(|| {
    wb(
        r"^(sources?\s*:\s*\S|\(?(additional )?reporting by\b|(writing|editing|compiled|edited|produced) by\b|with (additional )?reporting from\b)",
    )
});

pub(super) const COPYRIGHT_P: &str = r"copyright\s*(©|\(c\))?\s*\d{4}|^©\s*\d{4}|all rights reserved|may not be (published|reproduced|redistributed|rewritten)";

static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| re(COPYRIGHT_P));

/// Any of the unanchored prompt patterns (paywall, newsletter, copyright) in one search: a line of
/// news prose matches none of them, and one scan of it says so instead of four.
pub(super) static PROMPT: LazyLock<WordBoundTwin> = LazyLock::new(|| {
    wb(&format!("(?:{PAYWALL_STRONG_P})|(?:{PAYWALL_WEAK_P})|(?:{NEWSLETTER_P})|(?:{COPYRIGHT_P})"))
});

/// [`PROMPT`]'s answer, asked only of a line with one of [`prefilter::PROMPT_WORDS`] (the
/// cleaner asks [`scan`]'s DFA instead, in its pass over the line).
#[cfg(test)]
pub(super) fn prompt_match(n: &str) -> bool {
    PROMPT_WORD.is_match(n) && PROMPT.is_match(n)
}

/// Classifies one line on its own; `None` keeps it.
pub fn classify(line: &str) -> Option<&'static str> {
    let (n, facts) = scan(line);
    classify_scanned(line, &n, &facts)
}

/// [`classify`] with the line's [`scan`] made (the cleaner needs the [`norm`] for several rules).
pub(super) fn classify_scanned(line: &str, n: &str, facts: &LineFacts) -> Option<&'static str> {
    let t = line.trim();
    if t.is_empty() {
        return None;
    }
    if template_only(t) {
        return Some("template");
    }
    if is_icon_run_counted(t, facts.icon_counts.0, facts.icon_counts.1) {
        return Some("icons");
    }
    // The word list is made only for the rules that read it (most lines never get there).
    let cell = std::cell::OnceCell::new();
    let w = || -> &[&str] { cell.get_or_init(|| words(n)) };
    let prompt = facts.prompt_word && PROMPT.is_match(n);
    if is_paywall_lazy(n, prompt, facts.ascii_digit || !facts.twin_safe, w) {
        return Some("paywall");
    }
    if is_newsletter_lazy(n, prompt, w) {
        return Some("newsletter");
    }
    if is_sponsored_head(n) {
        return Some("sponsored");
    }
    if may_be_advert(n) && ADVERT.is_match(n) {
        return Some("advert");
    }
    if let Some(at) = credit_start(t) {
        let before = words(&t[..at]).len();
        return Some(if before < 3 { "credit" } else { "caption" });
    }
    if may_be_source_credit(n) && SOURCE_CREDIT.is_match(n) && w().len() <= 15 {
        return Some("source-credit");
    }
    if prompt && COPYRIGHT.is_match(n) && w().len() <= 40 {
        return Some("copyright");
    }
    if may_be_related(n) && RELATED.is_match(n) {
        return Some("related");
    }
    // A widget has at most ten words: count up to eleven before making the list.
    if (1..=10).contains(&count_words(n, 11)) && is_widget(w()) {
        return Some("widget");
    }
    None
}

#[cfg(test)]
mod tests;
