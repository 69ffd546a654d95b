//! Vocabulary of page chrome: icon sprite names, share widgets and calls to action.
//!
//! These are word lists rather than regexes because widgets are made of a closed vocabulary
//! (`Share`, `Facebook`, `IconChevron`): a line qualifies when nearly all its words come from it.
//! Used by the line classifiers in [`super::rules`] and the context rules in [`super::context`].

/// UI vocabulary of icon sprites, SVG titles and navigation chrome.
const UI_WORDS: &[&str] = &[
    "icon",
    "icons",
    "chevron",
    "arrow",
    "menu",
    "burger",
    "hamburger",
    "search",
    "print",
    "mail",
    "email",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "instagram",
    "youtube",
    "pinterest",
    "reddit",
    "close",
    "share",
    "caret",
    "artboard",
    "sketch",
    "layer",
    "path",
    "svg",
    "logo",
    "title",
    "eye",
    "play",
    "pause",
    "plus",
    "minus",
    "check",
    "expand",
    "collapse",
    "toggle",
    "nav",
    "button",
    "contact",
    "site",
    "positive",
    "negative",
    "left",
    "right",
    "up",
    "down",
    "copy",
    "link",
    "bookmark",
    "comment",
    "user",
    "account",
    "home",
    "star",
    "heart",
    "bell",
    "gear",
    "settings",
    "clock",
    "calendar",
    "camera",
    "video",
    "audio",
    "volume",
    "download",
    "upload",
    "external",
    "info",
    "spinner",
    "loader",
    "dots",
    "grid",
    "filter",
    "zoom",
    "lock",
    "globe",
    "created",
    "with",
    "group",
    "shape",
    "rectangle",
    "oval",
    "combined",
    "fill",
    "stroke",
    "x",
];

/// Splits a token at lower→upper case changes: `IconFacebook` → `Icon`, `Facebook`.
pub(super) fn camel_parts(token: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in token.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                parts.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            parts.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase();
        cur.push(c);
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    parts
}

/// A run of icon / UI names glued together (`ChevronEye IconIcon FacebookIcon Mail…`): most
/// word parts are UI vocabulary and many tokens are CamelCase-glued.
pub fn is_icon_run(line: &str) -> bool {
    let (count, glued) = glued_count(line);
    is_icon_run_counted(line, count, glued)
}

/// [`is_icon_run`] with the line's [`glued_count`] made, or `(0, 0)` when the cleaner's line
/// pass ([`super::rules::scan`]) found that the count cannot pass the cheap test.
pub(super) fn is_icon_run_counted(line: &str, count: usize, glued: usize) -> bool {
    // Cheap test first, in one pass without allocating: prose rarely has three CamelCase-glued
    // tokens in ten, so most lines stop here.
    if count < 3 || glued * 10 < count * 3 {
        return false;
    }
    let mut parts = 0usize;
    let mut ui = 0usize;
    for t in line.split_whitespace() {
        let p = camel_parts(t);
        for part in &p {
            parts += 1;
            if UI_WORDS.contains(&part.to_lowercase().as_str()) {
                ui += 1;
            }
        }
    }
    parts >= 6 && ui * 2 >= parts
}

/// Classes of the characters [`glued_count`] reads: white space, lower case, upper case,
/// alphanumeric without case (digits), anything else.
const SPACE: u8 = 0;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const CASELESS: u8 = 3;
const OTHER: u8 = 4;

/// State bits of the token being read: inside one, an alphanumeric seen, the previous character
/// lower case, a non-alphanumeric after an alphanumeric, glued already.
const IN: u8 = 1;
const SEEN: u8 = 2;
const LOW: u8 = 4;
const GAP: u8 = 8;
const GLUED: u8 = 16;

/// The state after a character of `class` (not white space): `is_glued`'s flags.
const fn step(state: u8, class: u8) -> u8 {
    let s = if state & IN == 0 { IN } else { state };
    if s & GLUED != 0 {
        return s;
    }
    if class == OTHER {
        return (s & !(GAP | LOW)) | if s & SEEN != 0 { GAP } else { 0 };
    }
    if s & GAP != 0 || (class == UPPER && s & LOW != 0) {
        return s | GLUED;
    }
    (s & !LOW) | SEEN | if class == LOWER { LOW } else { 0 }
}

/// [`step`] for every state and class, and the class of every ASCII byte: a table walk with no
/// branch per character.
const STEPS: [[u8; 5]; 32] = {
    let mut t = [[0u8; 5]; 32];
    let mut s = 0;
    while s < 32 {
        let mut c = 1;
        while c < 5 {
            t[s][c] = step(s as u8, c as u8);
            c += 1;
        }
        s += 1;
    }
    t
};
const ASCII_CLASS: [u8; 128] = {
    let mut t = [OTHER; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() || c == 0x0B {
            SPACE
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_digit() {
            CASELESS
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

/// Bits of an [`ASCII_STEPS`] entry above the state: the byte opened a token, the token became
/// glued with it.
const OPENED: u8 = 32;
const BECAME_GLUED: u8 = 64;

/// [`STEPS`] by ASCII byte, white space closing the token (state 0), with the two count bits: one
/// table load per byte of the line.
const ASCII_STEPS: [[u8; 128]; 32] = {
    let mut t = [[0u8; 128]; 32];
    let mut s = 0;
    while s < 32 {
        let mut b = 0;
        while b < 128 {
            let class = ASCII_CLASS[b];
            if class != SPACE {
                let from = s as u8;
                let to = STEPS[s][class as usize];
                let opened = if from & IN == 0 { OPENED } else { 0 };
                let glued = if to & GLUED != 0 && from & GLUED == 0 { BECAME_GLUED } else { 0 };
                t[s][b] = to | opened | glued;
            }
            b += 1;
        }
        s += 1;
    }
    t
};

/// The white-space separated tokens of a line and how many of them are glued (`is_glued`), in
/// one pass over its characters (ASCII ones by table): a token is counted when it opens, and
/// when it becomes glued (it stays glued to its end).
pub(super) fn glued_count(line: &str) -> (usize, usize) {
    let (mut count, mut glued) = (0usize, 0usize);
    let mut state = 0u8;
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            let v = ASCII_STEPS[usize::from(state & 31)][usize::from(b[i])];
            count += usize::from(v & OPENED != 0);
            glued += usize::from(v & BECAME_GLUED != 0);
            state = v & 31;
            i += 1;
            continue;
        }
        let Some(c) = line[i..].chars().next() else { break };
        i += c.len_utf8();
        let class = if c.is_whitespace() {
            SPACE
        } else if !c.is_alphanumeric() {
            OTHER
        } else if c.is_uppercase() {
            UPPER
        } else if c.is_lowercase() {
            LOWER
        } else {
            CASELESS
        };
        if class == SPACE {
            state = 0;
        } else {
            let to = STEPS[usize::from(state & 31)][usize::from(class)];
            count += usize::from(state & IN == 0);
            glued += usize::from(to & GLUED != 0 && state & GLUED == 0);
            state = to;
        }
    }
    (count, glued)
}

/// True when `camel_parts` would split the token in two or more: a lower→upper case change, or
/// letters on both sides of a non-alphanumeric character. The per-token definition
/// [`glued_count`] must agree with (tests).
#[cfg(test)]
fn is_glued(token: &str) -> bool {
    let mut prev_lower = false;
    let mut seen_alnum = false;
    let mut gap = false;
    for c in token.chars() {
        if !c.is_alphanumeric() {
            gap = seen_alnum;
            prev_lower = false;
            continue;
        }
        if gap || (c.is_uppercase() && prev_lower) {
            return true;
        }
        seen_alnum = true;
        prev_lower = c.is_lowercase();
    }
    false
}

/// Verbs that open marketing and widget calls to action.
const IMPERATIVES: &[&str] = &[
    "get",
    "try",
    "see",
    "subscribe",
    "join",
    "start",
    "unlock",
    "read",
    "use",
    "sign",
    "log",
    "click",
    "tap",
    "register",
    "stay",
    "continue",
    "become",
    "enjoy",
    "upgrade",
    "save",
    "claim",
    "download",
    "follow",
    "share",
    "support",
    "discover",
    "explore",
    "don't",
];

/// True when the line speaks to the reader: second person, or opens with an imperative.
pub fn addresses_reader(w: &[&str]) -> bool {
    w.first().is_some_and(|f| IMPERATIVES.contains(f))
        || w.iter().any(|x| matches!(*x, "you" | "your" | "you're" | "you've" | "yours"))
}

/// Share / print / follow widgets: short lines made of sharing vocabulary.
pub fn is_widget(w: &[&str]) -> bool {
    if w.is_empty() || w.len() > 10 {
        return false;
    }
    const SHARE: &[&str] = &[
        "share",
        "print",
        "email",
        "mail",
        "e",
        "follow",
        "facebook",
        "twitter",
        "linkedin",
        "whatsapp",
        "messenger",
        "pinterest",
        "reddit",
        "instagram",
        "youtube",
        "telegram",
        "copy",
        "link",
        "save",
        "bookmark",
        "comment",
        "comments",
        "tweet",
        "sms",
        "x",
        "flipboard",
        "tumblr",
    ];
    const FILLER: &[&str] = &[
        "this", "with", "on", "us", "to", "the", "via", "a", "and", "or", "article", "story", "page", "in",
        "our", "for", "later", "options", "close", "open", "window", "new", "by",
    ];
    const ACTION: &[&str] = &["share", "print", "follow", "email", "save", "copy", "tweet", "comments"];
    let all_known = w.iter().all(|x| SHARE.contains(x) || FILLER.contains(x));
    let actions = w.iter().filter(|x| ACTION.contains(x)).count();
    let socials = w.iter().filter(|x| SHARE.contains(x) && !ACTION.contains(x)).count();
    all_known && (actions >= 1 || socials >= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn glued_count_agrees_with_is_glued(line in "[ aZ9_.'’\\-éÉǅ\u{a0}\t\n\x0b二]{0,24}") {
            let want = line.split_whitespace().fold((0, 0), |(n, g), t| (n + 1, g + usize::from(is_glued(t))));
            proptest::prop_assert_eq!(glued_count(&line), want);
        }
    }

    #[test]
    fn glued_count_is_the_token_count() {
        for line in [
            "",
            "  SearchIcon CloseIcon\x0bMenuBurger\tChevronDown\x0cFacebookIcon\r\nx",
            "The e-mail of Ann McLeod, iPhone a.b a-B 3D 9aB _x ",
            "A--b --ab ab-- aB Ab AB abC",
            "éÉ\u{a0}aÉ a’b “Ab” ΣοφίαΣ 日本 \u{2003}x\u{85}İi ǅa aǅ",
        ] {
            let want =
                line.split_whitespace().fold((0, 0), |(n, g), t| (n + 1, g + usize::from(is_glued(t))));
            assert_eq!(glued_count(line), want, "{line:?}");
        }
    }

    #[test]
    fn camel_parts_split_glued_names() {
        assert_eq!(camel_parts("IconFacebook"), vec!["Icon", "Facebook"]);
        assert_eq!(camel_parts("ChevronTitle"), vec!["Chevron", "Title"]);
        assert!(!is_icon_run("McDonald's opened in Moscow in 1990 to long queues."));
        for t in ["IconFacebook", "Title.Chevron", "x-y", "McDonald's", "plain", "U.S.", "Sketch.Title"] {
            assert_eq!(is_glued(t), camel_parts(t).len() >= 2, "{t}");
        }
    }

    #[test]
    fn widgets_need_an_action_or_two_networks() {
        assert!(is_widget(&["share", "on", "facebook"]));
        assert!(is_widget(&["facebook", "twitter"]));
        assert!(!is_widget(&["facebook", "said", "on", "monday"]));
        assert!(addresses_reader(&["subscribe", "today"]));
        assert!(!addresses_reader(&["the", "minister", "said"]));
    }
}
