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
    for n in ["try 4 weeks for 1", "3 months at $2", "$2.99 a month", "just £1/week", "2 years for €5"] {
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
