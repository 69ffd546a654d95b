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
        (has_copyright_sign, wb(r"(?x)©\ *\S[^©]{0,60}$")),
        (
            // The form's `/` is the line's last, at most 62 characters from its end, right after an
            // agency (the regex took ~110,000 instructions on each line with a late `/`).
            |l| {
                memchr::memrchr(b'/', l.as_bytes()).is_some_and(|i| {
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
                memchr::memrchr(b':', l.as_bytes())
                    .is_some_and(|c| memchr::memchr(b'.', &l.as_bytes()[c..]).is_none())
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

/// True when `l` holds a `©`: its two bytes found by the `memchr` crate's vector search (the
/// forms' tests ask every line, and `str::contains` / `rfind` read a word at a time; a `0xA9`
/// after `0xC2` is a `©` in UTF-8, `0xC2` being a lead byte).
fn has_copyright_sign(l: &str) -> bool {
    let b = l.as_bytes();
    memchr::memchr_iter(0xA9, b).any(|i| i > 0 && b[i - 1] == 0xC2)
}

/// A photo credit at the end of the line, returning the credit's start byte.
pub fn credit_start(line: &str) -> Option<usize> {
    CREDIT.iter().filter(|(needs, _)| needs(line)).filter_map(|(_, r)| r.find(line).map(|m| m.start)).min()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The forms' tests as they were (`str` searches), in the order of [`CREDIT`]: what the
    /// byte searches must agree with.
    fn needs_reference(l: &str) -> Vec<bool> {
        vec![
            l.contains('©'),
            l.rfind('/').is_some_and(|i| {
                l[i + 1..].chars().count() <= 62 && SLASH_AGENCIES.iter().any(|a| l[..i].ends_with(a))
            }),
            l.trim_end().ends_with(']'),
            l.trim_end().ends_with(']'),
            l.trim_end().ends_with(')'),
            l.rfind(':').is_some_and(|c| l.rfind('.').is_none_or(|d| d < c))
                && ["Photo", "Picture", "Image", "Credit", "Illustration"].iter().any(|w| l.contains(w)),
            {
                let l = l.trim_end();
                ["Getty Images", "Shutterstock", "Alamy", "via Getty"].iter().any(|n| l.ends_with(n))
            },
            l.starts_with("File ") || l.starts_with("photo") || l.starts_with("picture"),
        ]
    }

    fn needs(l: &str) -> Vec<bool> {
        CREDIT.iter().map(|(needs, _)| needs(l)).collect()
    }

    #[test]
    fn form_tests_find_their_signs() {
        for l in [
            "© AFP",
            "Shot in Rome. ©",
            "\u{a9}2019 x",
            "café ©",
            "Ä©",
            "REUTERS/Jane Doe",
            "a/b/REUTERS/Jane",
            "Photo: AP. Then",
            "Photo: AP",
            "Credit: a.b: c",
            "no sign at all",
            "",
        ] {
            assert_eq!(needs(l), needs_reference(l), "{l:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn form_tests_agree_with_the_str_searches(
            l in "[ a-zA-Z/:.©\u{a9}\u{c2}é\u{2029}\u{a0}\r\n\\]\\[()-]{0,40}|(REUTERS|AFP|Photo|Credit|[ .:/©éa])*|\\PC{0,30}"
        ) {
            proptest::prop_assert_eq!(needs(&l), needs_reference(&l));
        }
    }
}
