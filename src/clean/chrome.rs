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
    // Cheap test first, in one pass without allocating: prose rarely has three CamelCase-glued
    // tokens in ten, so most lines stop here.
    let (count, glued) = glued_count(line);
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

/// The white-space separated tokens of a line and how many of them are glued (`is_glued`), in one
/// pass over its characters (ASCII ones classified directly).
fn glued_count(line: &str) -> (usize, usize) {
    let (mut count, mut glued) = (0usize, 0usize);
    // State of the token being read: inside one, glued already, and `is_glued`'s flags.
    let (mut inside, mut is, mut prev_lower, mut seen_alnum, mut gap) = (false, false, false, false, false);
    for c in line.chars() {
        let space = if c.is_ascii() { c.is_ascii_whitespace() || c == '\u{b}' } else { c.is_whitespace() };
        if space {
            if inside {
                count += 1;
                glued += usize::from(is);
                inside = false;
            }
            continue;
        }
        if !inside {
            (inside, is, prev_lower, seen_alnum, gap) = (true, false, false, false, false);
        }
        if is {
            continue;
        }
        let (alnum, upper, lower) = if c.is_ascii() {
            (c.is_ascii_alphanumeric(), c.is_ascii_uppercase(), c.is_ascii_lowercase())
        } else {
            (c.is_alphanumeric(), c.is_uppercase(), c.is_lowercase())
        };
        if !alnum {
            gap = seen_alnum;
            prev_lower = false;
            continue;
        }
        if gap || (upper && prev_lower) {
            is = true;
            continue;
        }
        seen_alnum = true;
        prev_lower = lower;
    }
    if inside {
        count += 1;
        glued += usize::from(is);
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
