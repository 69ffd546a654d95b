//! Photo credits at the end of a line (`REUTERS/Jane Doe`, `Photograph: AP`, `© AFP`).

use std::sync::LazyLock;

use super::wb;
use crate::twin::WordBoundTwin;

/// Photo credits at the end of a line (or a `photo by` line), one regex per form: as one
/// alternation the lazy DFA followed every form's bounded repeat at each position of a long
/// paragraph (about 60 % of ingest + clean + segment on news text, callgrind); each form alone
/// is found in a few steps, and only on a line with what the form needs (its `©`, `/`, closing
/// bracket, colon or agency name; `\s*$` is the end of the trimmed line). The leftmost start over
/// the forms is the alternation's start.
pub(in crate::clean) type CreditForm = (fn(&str) -> bool, WordBoundTwin);

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
pub(in crate::clean) static CREDIT: LazyLock<Vec<CreditForm>> = LazyLock::new(|| {
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
