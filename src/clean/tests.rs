//! Whole-article tests of [`super::clean`] on junk typical of other outlets (written for the
//! tests, not copied from the seeds): offsets, reasons, roles, datelines and repairs.

use super::*;
use crate::model::{Format, Metadata};

fn source(text: &str, title: Option<&str>) -> SourceText {
    SourceText {
        path: "t.txt".into(),
        item: None,
        format: Format::Text,
        meta: Metadata { title: title.map(String::from), ..Default::default() },
        text: MappedText::verbatim(text, 0),
        removed: Vec::new(),
        warnings: Vec::new(),
    }
}

fn reasons(d: &CleanDoc) -> Vec<&str> {
    d.removed.iter().map(|r| r.reason.as_str()).collect()
}

const BBC_LIKE: &str = "Share this with Facebook\nShare this with Twitter\nShare this with Email\n\
Election results\n\nVoters back new coalition in tight race\n\n\
Counting went on through the night as both parties claimed momentum\n\n\
LONDON, May 2 (AP) \u{2014} Voters backed a new coalition on Thursday, officials said after a long count.\n\n\
\u{201C}It\u{2019}s a new start,\u{201D} the party leader told supporters.\n\n\
Supporters cheer at the count in Leeds on Thursday. Photograph: Ann Smith/Reuters\n\n\
Advertisement\n\n\
Turnout was the highest since 1992, the electoral commission said.\n\n\
Sign up to our politics newsletter\n\n\
Read more: What the coalition means for you\n\n\
Copyright 2019 The Associated Press. All rights reserved.\n";

#[test]
fn bbc_and_ap_style_page() {
    let d = clean(&source(BBC_LIKE, None), &CleanOptions::default());
    let r = reasons(&d);
    for want in
        ["widget", "section-label", "dateline", "caption", "advert", "newsletter", "related", "copyright"]
    {
        assert!(r.contains(&want), "missing reason {want}: {r:?}");
    }
    assert_eq!(d.dateline.as_deref(), Some("LONDON, May 2 (AP)"));
    let roles: Vec<Role> = d.blocks.iter().map(|b| b.role).collect();
    assert_eq!(roles[0], Role::Headline);
    assert_eq!(roles[1], Role::Standfirst);
    assert!(roles[2..].iter().all(|r| *r == Role::Body));
    let t = &d.text.text;
    assert!(t.starts_with("Voters back new coalition in tight race\n\n"));
    assert!(t.contains("\n\nVoters backed a new coalition on Thursday"));
    assert!(t.contains("\"It's a new start,\" the party leader"));
    for junk in ["Share", "Photograph", "Advertisement", "newsletter", "Read more", "Copyright", "LONDON"] {
        assert!(!t.contains(junk), "{junk} left in {t}");
    }
}

#[test]
fn removed_spans_point_at_the_original() {
    let d = clean(&source(BBC_LIKE, None), &CleanOptions::default());
    for r in &d.removed {
        assert!(r.start <= r.end && r.end <= BBC_LIKE.len());
        let orig = &BBC_LIKE[r.start..r.end];
        let first_word = r.text.split_whitespace().next().unwrap_or("");
        assert!(orig.contains(first_word), "{r:?} vs {orig:?}");
    }
    let dl = d.removed.iter().find(|r| r.reason == "dateline").map(|r| &BBC_LIKE[r.start..r.end]);
    assert_eq!(dl, Some("LONDON, May 2 (AP) \u{2014} "));
}

#[test]
fn blocks_map_back_to_their_lines() {
    let d = clean(&source(BBC_LIKE, None), &CleanOptions::default());
    for b in &d.blocks {
        let sp = d.text.span(b.clean.start, b.clean.end);
        let orig = rules::norm(&BBC_LIKE[sp.start..sp.end]);
        let clean = rules::norm(&d.text.text[b.clean.start..b.clean.end]);
        assert_eq!(orig, clean);
    }
}

#[test]
fn paywall_tail_with_template_tags() {
    let text = "Markets rally on rate hopes\n\n\
NEW YORK -- Stocks rose on Monday as investors bet the central bank would cut rates soon.\n\n\
The S&P 500 gained 1.2% and the Nasdaq rose 1.8%, led by chip makers.\n\n\
You have {{remaining}} stories left\n\n\
Discover our award-winning reporting\non markets and money.\n\n\
Try 4 weeks for \u{a3}1\n\n\
\u{2022} Unlimited access on any device\n\u{2022} Cancel anytime\n";
    let d = clean(&source(text, None), &CleanOptions::default());
    assert_eq!(d.dateline.as_deref(), Some("NEW YORK"));
    assert!(d.text.text.ends_with("led by chip makers."), "{}", d.text.text);
    assert!(reasons(&d).iter().all(|r| ["paywall", "dateline"].contains(r)), "{:?}", reasons(&d));
    let paywall = d.removed.iter().filter(|r| r.reason == "paywall").count();
    assert_eq!(paywall, 1, "contiguous paywall lines merge into one span");
}

#[test]
fn inline_template_tag_is_cut_and_recorded() {
    let text = "The summit opens on {{date}} in Hanoi, officials said on Monday afternoon.\n";
    let d = clean(&source(text, None), &CleanOptions::default());
    assert_eq!(d.text.text, "The summit opens on in Hanoi, officials said on Monday afternoon.");
    assert_eq!(reasons(&d), vec!["template"]);
    assert_eq!(&text[d.removed[0].start..d.removed[0].end], "{{date}}");
}

#[test]
fn sponsored_block_and_source_credit() {
    let text = "Officials met in Geneva on Tuesday to discuss the ceasefire and aid routes.\n\n\
Sponsored content\n\nThis content was paid for by our partner Globex.\n\n\
Talks will continue on Wednesday, a spokesman said.\n\nSource: Al Jazeera and news agencies\n";
    let d = clean(&source(text, None), &CleanOptions::default());
    assert_eq!(reasons(&d), vec!["sponsored", "source-credit"]);
    assert!(d.text.text.ends_with("a spokesman said."));
}

#[test]
fn repairs_keep_offsets() {
    let text = "France''s\u{a0}\u{a0}president said the plan was \u{2018}bold\u{2019} on Monday afternoon.\n";
    let d = clean(&source(text, None), &CleanOptions::default());
    assert_eq!(d.text.text, "France's president said the plan was 'bold' on Monday afternoon.");
    let sp = d.text.span(0, d.text.text.len());
    assert_eq!((sp.start, sp.end), (0, text.len() - 1));
}

#[test]
fn metadata_title_marks_headline_and_kicker() {
    let text = "World\n\nPope visits Iraq\n\nThe pope arrived in Baghdad on Friday for a four-day visit.\n";
    let d = clean(&source(text, Some("Pope visits Iraq")), &CleanOptions::default());
    assert_eq!(d.blocks[0].role, Role::Headline);
    assert_eq!(reasons(&d), vec!["section-label"]);
}

#[test]
fn keep_all_keeps_everything() {
    let d = clean(&source(BBC_LIKE, None), &CleanOptions { keep_all: true });
    assert!(d.text.text.contains("Share this with Facebook"));
}

#[test]
fn degenerate_inputs() {
    for t in ["", "\n\n\n", "   \u{a0}\n", "{{x}}", "a", "\u{2019}\u{2019}"] {
        let d = clean(&source(t, None), &CleanOptions::default());
        for b in &d.blocks {
            assert!(b.clean.end <= d.text.text.len());
        }
    }
}

/// Pieces of prompt, credit and prose lines, for the property tests of the line rules' filters.
const LINE_TOKENS: &[&str] = &[
    "free articles",
    "free article",
    " left",
    "stories",
    "unlimited",
    "digital ",
    "full",
    " access",
    "already a ",
    "become a ",
    "member",
    "already subscribed",
    "trial",
    " period",
    "free trial",
    "cancel ",
    "at ",
    "any",
    "time",
    "anytime",
    "offer ends",
    "limited-time offer",
    "limited time",
    " offer",
    "see all offers",
    "log in to ",
    "continue",
    "read",
    "to continue reading",
    "subscribers-only",
    "subscriber only",
    "exclusive to subscribers",
    "support ",
    "our ",
    "independent",
    " journalism",
    "subscription has expired",
    "access have expired",
    " has ",
    "expired",
    "membership",
    "subscribing",
    "log in",
    "signup",
    "enter your email",
    "enter your e-mail",
    "email address",
    "daily briefing",
    "copyright © 2001",
    "copyright(c)",
    "may not be reproduced",
    "may not be",
    "subscribe now",
    "Subscribe",
    "subscriber",
    "sign in",
    "sign up",
    "signin",
    "newsletter",
    "your inbox",
    "copyright 2019",
    "© 2020",
    "(c) 1999",
    "all rights reserved",
    "may not be published",
    "premium",
    "register",
    "paywall",
    "Photo",
    "Photograph",
    "Credit",
    "Image",
    "s",
    ":",
    ": ",
    ".",
    ". ",
    "/",
    "/ ",
    "REUTERS",
    "AFP",
    "AP Photo",
    "EPA-EFE",
    "EPA",
    "AFP Photo",
    "AAP Image",
    "XINHUA",
    "KYODO",
    "Picture",
    "Illustration",
    "Photo credit",
    "Getty Images",
    "via Getty",
    "Shutterstock",
    "Alamy",
    "\u{a0}",
    "\u{2003}",
    "Evan Vucci",
    "Ann",
    "x",
    "the minister said",
    "é",
    "—",
    "’",
    " ",
    "  ",
    "\t",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]
    /// The one prompt search finds a match exactly when one of its four patterns does, and the
    /// credit forms' line filters never turn away a line their regex matches.
    #[test]
    fn line_rule_filters_keep_every_match(picks in proptest::collection::vec(0..LINE_TOKENS.len(), 0..24)) {
        let line: String = picks.iter().map(|&i| LINE_TOKENS[i]).collect();
        let n = rules::norm(&line);
        for t in [line.as_str(), n.as_str()] {
            let any = [rules::PAYWALL_STRONG_P, rules::PAYWALL_WEAK_P, rules::NEWSLETTER_P, rules::COPYRIGHT_P]
                .iter()
                .any(|p| regex::Regex::new(p).is_ok_and(|r| r.is_match(t)));
            proptest::prop_assert_eq!(rules::PROMPT.is_match(t), any, "{:?}", t);
            proptest::prop_assert_eq!(rules::prompt_match(t), any, "{:?}", t);
        }
        let t = line.trim();
        for (needs, re) in rules::CREDIT.iter() {
            if re.find(t).is_some() {
                proptest::prop_assert!(needs(t), "{:?}", t);
            }
        }
    }
}

proptest::proptest! {
    /// The lines as `split_inclusive('\n')` gives them.
    #[test]
    fn lines_inclusive_is_split_inclusive(picks in proptest::collection::vec(0..5usize, 0..16)) {
        let text: String = picks.iter().map(|&i| ["a", "\n", "\r\n", " ", "é"][i]).collect();
        let want: Vec<&str> = text.split_inclusive('\n').collect();
        proptest::prop_assert_eq!(lines_inclusive(&text).collect::<Vec<_>>(), want);
    }
}
