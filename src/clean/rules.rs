//! Line classifiers: decide from one line alone whether it is page furniture, and why.
//!
//! Each rule is general: word lists of the trade (paywall, share widgets, photo agencies), the
//! shape of a line (short, imperative, second person, CamelCase-glued UI names) and regexes for
//! credit conventions. Context rules (paywall tails, sponsored blocks, repeats) live in
//! [`super::context`].

use std::sync::LazyLock;

use regex::Regex;

use super::chrome::{addresses_reader, is_icon_run, is_widget};
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
    let b = n.as_bytes();
    let (mut count, mut in_word, mut i) = (0, false, 0);
    while i < b.len() && count < max {
        let word = if b[i] < 0x80 {
            i += 1;
            b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'\''
        } else {
            let Some(c) = n[i..].chars().next() else { break };
            i += c.len_utf8();
            c.is_alphanumeric()
        };
        count += usize::from(word && !in_word);
        in_word = word;
    }
    count
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

/// False when [`PRICE_OFFER`] cannot match `n`: each of its forms has a currency sign or a
/// period before ` for ` or ` at ` (`4 weeks for`), and news prose seldom does.
fn may_be_price_offer(n: &str) -> bool {
    n.contains('$')
        || n.contains('£')
        || n.contains('€')
        || [" for ", " at "].iter().any(|k| {
            n.match_indices(k).any(|(i, _)| {
                let w = n[..i].strip_suffix('s').unwrap_or(&n[..i]);
                ["week", "month", "day", "year"].iter().any(|u| w.ends_with(u))
            })
        })
}

pub(super) const PAYWALL_WEAK_P: &str =
    r"\b(subscri(be|ber|bers|bing|ption|ptions)|membership|premium|sign in|log in|register)\b";

static PAYWALL_WEAK: LazyLock<WordBoundTwin> = LazyLock::new(|| wb(PAYWALL_WEAK_P));

/// Paywall and subscription prompts.
///
/// A price ("$2.99 a month") alone is an offer only on a short line or one addressed to the reader:
/// news prose quotes prices too ("workers earn $300 a month, she said"), and dropping such a paragraph
/// loses a claim.
pub fn is_paywall(n: &str, w: &[&str]) -> bool {
    is_paywall_lazy(n, true, || w)
}

/// [`is_paywall`] making the word list only when a rule needs it (most lines never get there).
/// `prompt` is false when [`PROMPT`] found nothing in `n` (so neither paywall pattern matches).
fn is_paywall_lazy<'w>(n: &str, prompt: bool, w: impl Fn() -> &'w [&'w str]) -> bool {
    if prompt && PAYWALL_STRONG.is_match(n) {
        return true;
    }
    // Every form of an offer has a digit: on a line with no non-ASCII word character (nor
    // digit) an ASCII digit.
    let digit = n.bytes().any(|b| b.is_ascii_digit()) || !crate::twin::twin_safe(n);
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

/// False when [`SPONSORED_HEAD`] cannot match `n`: it does not open with one of the pattern's
/// words (after an `about `). The line rules ask four patterns anchored at the line's start of
/// every line, and a regex search costs far more than these comparisons.
fn may_be_sponsored_head(n: &str) -> bool {
    let n = n.strip_prefix("about ").unwrap_or(n);
    starts_with_any(
        n,
        &[
            "sponsored",
            "paid ",
            "partner content",
            "advertise",
            "promoted",
            "from our partners",
            "in partnership with ",
            "brand",
        ],
    )
}

/// True when `n` starts with one of `prefixes`.
fn starts_with_any(n: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| n.starts_with(p))
}

/// False when [`ADVERT`] cannot match `n` (it opens with none of the pattern's first words).
fn may_be_advert(n: &str) -> bool {
    starts_with_any(n, &["ad", "skip ", "story ", "continue ", "scroll ", "article "])
}

/// False when [`RELATED`] cannot match `n` (it opens with none of the pattern's first words).
fn may_be_related(n: &str) -> bool {
    starts_with_any(
        n,
        &[
            "read ",
            "related",
            "see also",
            "more ",
            "recommended",
            "most read",
            "also read",
            "watch",
            "listen",
            "explore more",
            "click here",
            "tap here",
        ],
    )
}

/// False when [`SOURCE_CREDIT`] cannot match `n` (it opens with none of the pattern's first words).
fn may_be_source_credit(n: &str) -> bool {
    starts_with_any(
        n,
        &[
            "source",
            "(",
            "additional ",
            "reporting ",
            "writing ",
            "editing ",
            "compiled ",
            "edited ",
            "produced ",
            "with ",
        ],
    )
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

/// Photo credits at the end of a line (or a `photo by` line), one regex per form: as one
/// alternation the lazy DFA followed every form's bounded repeat at each position of a long
/// paragraph (about 60 % of ingest + clean + segment on news text, callgrind); each form alone
/// is found in a few steps, and only on a line with what the form needs (its `©`, `/`, closing
/// bracket, colon or agency name; `\s*$` is the end of the trimmed line). The leftmost start over
/// the forms is the alternation's start.
pub(super) type CreditForm = (fn(&str) -> bool, WordBoundTwin);

/// The names the slash form allows right before its `/` (`REUTERS/Jane Doe`).
const SLASH_AGENCIES: &[&str] = &[
    "REUTERS",
    "AFP",
    "EPA",
    "EPA-EFE",
    "AP Photo",
    "AFP Photo",
    "XINHUA",
    "KYODO",
    "YONHAP",
    "ANADOLU",
    "AAP Image",
];
pub(super) static CREDIT: LazyLock<Vec<CreditForm>> = LazyLock::new(|| {
    vec![
        (|l| l.contains('©'), wb(r"(?x)©\ *\S[^©]{0,60}$")),
        (
            // The form's `/` is the line's last, at most 62 characters from its end, right after an
            // agency (the regex took ~110,000 instructions on each line with a late `/`).
            |l| {
                l.rfind('/').is_some_and(|i| {
                    l[i + 1..].chars().count() <= 62 && SLASH_AGENCIES.iter().any(|a| l[..i].ends_with(a))
                })
            },
            wb(
                r"(?x)\b(REUTERS|AFP|EPA(-EFE)?|AP\ Photo|AFP\ Photo|XINHUA|KYODO|YONHAP|ANADOLU|AAP\ Image)/\ ?\p{Lu}[^/]{1,60}$",
            ),
        ),
        (
            |l| l.trim_end().ends_with(']'),
            wb(
                r"(?x)\[[^\[\]]{0,80}/\ ?(Reuters|AP|AFP|EPA|EPA-EFE|Getty\ Images|Bloomberg|Xinhua|Kyodo|Yonhap|Anadolu|Al\ Jazeera|[\p{Lu}][\p{L}]+\ Photo)\]\s*$",
            ),
        ),
        (
            |l| l.trim_end().ends_with(']'),
            wb(r"(?x)\[(Photo|Photograph|File|Image|Picture)[^\[\]]{0,80}\]\s*$"),
        ),
        (
            |l| l.trim_end().ends_with(')'),
            wb(r"(?x)\((Photo|Photograph|Picture|Image|File\ photo)s?(\ credit)?\ *(:|by)[^()]{0,80}\)\s*$"),
        ),
        (
            // Nothing after the form's colon is a full stop, and the line names one of its words.
            |l| {
                l.rfind(':').is_some_and(|c| l.rfind('.').is_none_or(|d| d < c))
                    && ["Photo", "Picture", "Image", "Credit", "Illustration"].iter().any(|w| l.contains(w))
            },
            wb(
                r"(?x)(^|\.\ |\s)(Photograph|Photo|Picture|Image|Photo\ credit|Credit|Illustration)s?\ *:\ *[^.]{2,60}$",
            ),
        ),
        (
            // The line ends in one of the names (`\s` and `trim_end` take the same white space).
            |l| {
                let l = l.trim_end();
                ["Getty Images", "Shutterstock", "Alamy", "via Getty"].iter().any(|n| l.ends_with(n))
            },
            wb(r"(?x)\b(Getty\ Images|Shutterstock|Alamy|via\ Getty)\s*$"),
        ),
        (
            |l| l.starts_with("File ") || l.starts_with("photo") || l.starts_with("picture"),
            wb(r"(?x)^(File\ )?(photo|picture)\ by\ \S"),
        ),
    ]
});

/// A photo credit at the end of the line, returning the credit's start byte.
pub fn credit_start(line: &str) -> Option<usize> {
    CREDIT.iter().filter(|(needs, _)| needs(line)).filter_map(|(_, r)| r.find(line).map(|m| m.start)).min()
}

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

/// Words at least one of which every match of [`PROMPT`] contains (in the order of its patterns:
/// strong paywall, weak paywall, newsletter, copyright). The prompt patterns are many short
/// alternatives behind `\b`, which the regex searches with its lazy DFA at ~30 instructions a
/// byte of every line; these literals are found by a literal search at a fraction of that, and
/// the few lines that have one are asked the pattern.
pub(super) const PROMPT_WORDS: &[&str] = &[
    "free article",
    "article left",
    "articles left",
    "stories left",
    "unlimited",
    "full access",
    "digital access",
    "subscri",
    "a member",
    "trial period",
    "free trial",
    "cancel a",
    "offer ends",
    "time offer",
    "all offers",
    "log in",
    "sign in",
    "continue reading",
    "journalism",
    "expired",
    "paywall",
    "membership",
    "premium",
    "register",
    "newsletter",
    "sign up",
    "signup",
    "your inbox",
    "enter your e",
    "email address",
    "daily briefing",
    "copyright",
    "©",
    "all rights reserved",
    "may not be ",
];

/// Any of [`PROMPT_WORDS`], as one automaton walked a byte at a time (the regex's literal search
/// stopped at every common letter pair a word opens with, ~20 instructions a byte).
pub(super) static PROMPT_WORD: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant words, far below the automaton's limits; tested
    aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .prefilter(false)
        .build(PROMPT_WORDS)
        .expect("prompt words")
});

/// [`PROMPT`]'s answer, asked only of a line with one of [`PROMPT_WORDS`].
pub(super) fn prompt_match(n: &str) -> bool {
    PROMPT_WORD.is_match(n) && PROMPT.is_match(n)
}

/// Classifies one line on its own; `None` keeps it.
pub fn classify(line: &str) -> Option<&'static str> {
    classify_normed(line, &norm(line))
}

/// [`classify`] with the line's [`norm`] already made (the cleaner needs it for several rules).
pub fn classify_normed(line: &str, n: &str) -> Option<&'static str> {
    let t = line.trim();
    if t.is_empty() {
        return None;
    }
    if template_only(t) {
        return Some("template");
    }
    if is_icon_run(t) {
        return Some("icons");
    }
    // The word list is made only for the rules that read it (most lines never get there).
    let cell = std::cell::OnceCell::new();
    let w = || -> &[&str] { cell.get_or_init(|| words(n)) };
    let prompt = prompt_match(n);
    if is_paywall_lazy(n, prompt, w) {
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
mod tests {
    use super::*;

    fn case(line: &str, want: Option<&str>) {
        assert_eq!(classify(line), want, "line: {line:?}");
    }

    #[test]
    fn keeps_news_prose() {
        case("The minister said the talks would resume on Monday.", None);
        case("Netflix said it gained 2 million subscribers in the quarter, beating forecasts.", None);
        case("Apple showed the new iPhone and MacBook Pro on Tuesday; YouTube streamed the event.", None);
        case("A Reuters/Ipsos poll found that 40% of Americans approve of the deal.", None);
        case("\"We will not give up,\" she said.", None);
        case("Sources close to the talks said no deal was near.", None);
        case("Tokyo believes agents kidnapped the nationals in the 1970s.", None);
        case(
            "\"We can't live on $300 a month,\" said a garment worker who asked not to be named, adding that rent had doubled.",
            None,
        );
        case(
            "The ministry says nurses earn about $1,200 a month after tax in the capital's public hospitals.",
            None,
        );
    }

    #[test]
    fn paywall_prompts_from_other_outlets() {
        case("Subscribe to read the full story", Some("paywall"));
        case("You've reached your limit of 5 free articles this month.", Some("paywall"));
        case("Already a subscriber? Log in", Some("paywall"));
        case("Try 4 weeks for $1", Some("paywall"));
        case("Just $2.99 a month", Some("paywall"));
        case(
            "Get unlimited stories for $4.99/month and cancel whenever you like, with no commitment at all.",
            Some("paywall"),
        );
        case("Click here to subscribe", Some("paywall"));
        case("Start your free trial today", Some("paywall"));
        case("Your subscription has expired", Some("paywall"));
    }

    #[test]
    fn templates_icons_widgets() {
        case("{{headline}} {{byline}}", Some("template"));
        case("SearchIcon CloseIcon MenuBurger ChevronDown FacebookIcon TwitterIcon", Some("icons"));
        case("Share this with Facebook", Some("widget"));
        case("Share this with Twitter", Some("widget"));
        case("Follow us on Twitter", Some("widget"));
        case("Print", Some("widget"));
        case("Advertisement", Some("advert"));
        case("Story continues below advertisement", Some("advert"));
        case("Read more: Why the summit failed", Some("related"));
        case("Related: Trade talks stall again", Some("related"));
    }

    #[test]
    fn newsletters_sponsored_credits() {
        case("Sign up to our daily newsletter for the latest news", Some("newsletter"));
        case("Get our morning briefing delivered to your inbox", Some("newsletter"));
        case("Sponsored content", Some("sponsored"));
        case("Paid post", Some("sponsored"));
        case("Copyright 2019 The Associated Press. All rights reserved.", Some("copyright"));
        case("All rights reserved", Some("copyright"));
        case("Source: BBC News, agencies", Some("source-credit"));
        case("Reporting by Jane Doe; Editing by John Roe", Some("source-credit"));
    }

    #[test]
    fn captions_and_credits() {
        case("Protesters march in central Paris on Saturday. © AFP", Some("caption"));
        case("© Getty Images", Some("credit"));
        case("Photograph: Evan Vucci/AP", Some("credit"));
        case("The president waves as he boards Air Force One. AP Photo/Evan Vucci", Some("caption"));
        case("Rescue workers search the rubble in Hatay (Photo: Anadolu Agency)", Some("caption"));
        case("Workers clear debris after the storm [Ann Smith/Al Jazeera]", Some("caption"));
        case("Firefighters battle the blaze near Athens. REUTERS/Alkis Konstantinidis", Some("caption"));
        case("Supporters gather outside the court. Photo: Getty Images", Some("caption"));
    }

    /// The straightforward per-character definition `norm` must agree with.
    fn norm_reference(s: &str) -> String {
        let mut out = String::new();
        let mut space = true;
        for c in s.chars() {
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

    #[test]
    fn norm_matches_its_definition() {
        for s in [
            "",
            "  \t ",
            "The Minister SAID:  `no`\u{a0}deal\u{2019}s \u{201C}off\u{201D}  ",
            "\u{0}ctrl\u{7f}\u{1}x İstanbul ΣΟΦΙΑ Ǆ",
            "ends with space \u{2003}",
            "{{tpl}} $1,500 [AP] ©2019",
        ] {
            assert_eq!(norm(s), norm_reference(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn norm_matches_its_definition_on_any_text(s in "[\\x00-\\x7f]{0,40}|\\PC{0,20}|[ \\tA-Za-z`’“\u{a0}\u{85}İ]{0,30}") {
            proptest::prop_assert_eq!(norm(&s), norm_reference(&s));
        }
    }

    /// Lines made of the anchored patterns' words, so that some match and some nearly do.
    const LINE_GEN: &str = "(about |sponsored|paid |for by |partner|content|advertis(ement|er)|feature|promoted|stories|from our partners|in partnership with |brand ?studio|ad|ads by |skip |story continues below|this| advertisement|continue reading the main story|scroll to continue with content|article continues below|read more|related|see also|more on this|more from |recommended|most read|also read|read next|watch|listen|explore more|click here|tap here|source|s|\\(|additional |reporting by|writing|editing|compiled|edited|produced| by|with |reporting from|[ :|>».x-]){0,5}";

    proptest::proptest! {
        #[test]
        fn anchored_prefilters_never_hide_a_match(n in LINE_GEN) {
            proptest::prop_assert!(may_be_sponsored_head(&n) || !SPONSORED_HEAD.is_match(&n));
            proptest::prop_assert!(may_be_advert(&n) || !ADVERT.is_match(&n));
            proptest::prop_assert!(may_be_related(&n) || !RELATED.is_match(&n));
            proptest::prop_assert!(may_be_source_credit(&n) || !SOURCE_CREDIT.is_match(&n));
        }
    }

    #[test]
    fn anchored_prefilters_pass_the_patterns_lines() {
        for n in [
            "about sponsored by acme",
            "paid for by the campaign.",
            "brandstudio",
            "in partnership with acme",
            "ads by google",
            "story continues below this advertisement",
            "continue reading the main story",
            "more from the guardian:",
            "read more: why talks failed",
            "related stories",
            "click here",
            "sources : bbc",
            "(additional reporting by jane doe",
            "with reporting from kabul",
            "produced by ann lee",
        ] {
            let any = SPONSORED_HEAD.is_match(n)
                || ADVERT.is_match(n)
                || RELATED.is_match(n)
                || SOURCE_CREDIT.is_match(n);
            assert!(any, "{n}");
            assert!(!SPONSORED_HEAD.is_match(n) || may_be_sponsored_head(n), "{n}");
            assert!(!ADVERT.is_match(n) || may_be_advert(n), "{n}");
            assert!(!RELATED.is_match(n) || may_be_related(n), "{n}");
            assert!(!SOURCE_CREDIT.is_match(n) || may_be_source_credit(n), "{n}");
        }
    }

    proptest::proptest! {
        #[test]
        fn count_words_counts_word_iter(n in "[ a-zA-Z0-9'’.,\u{e9}\u{a0}\u{2003}\u{661}-]{0,30}", max in 0usize..14) {
            proptest::prop_assert_eq!(count_words(&n, max), word_iter(&n).take(max).count());
        }

        #[test]
        fn price_prefilter_never_hides_an_offer(n in "(try |get |only |from |just |[0-9]{1,2} |weeks? |months? |days? |years? |for |at |usd |eur |[$£€] ?|[0-9.,]{1,3}|/|per |a |mo|yr|month|x|\u{e9}| ){0,8}") {
            proptest::prop_assert!(may_be_price_offer(&n) || !PRICE_OFFER.is_match(&n), "{:?}", n);
        }
    }

    #[test]
    fn price_prefilter_passes_offers() {
        for n in ["try 4 weeks for 1", "3 months at $2", "$2.99 a month", "just £1/week", "2 years for €5"]
        {
            assert!(PRICE_OFFER.is_match(n), "{n}");
            assert!(may_be_price_offer(n), "{n}");
        }
    }

    #[test]
    fn template_tags_found() {
        assert_eq!(template_tags("a {{x}} b"), vec![(2, 7)]);
        assert!(template_only("{{a}}{{b}}."));
        assert!(!template_only("You have {{n}} free articles"));
    }
}
