//! Table-driven tests for `find_times`, on sentences written for them.

use super::*;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// `text` holds one expression reading `span` with `value` against `anchor`.
#[track_caller]
fn case(text: &str, span: &str, value: &str, anchor: &str) {
    let found = find_times(text, Some(d(anchor)));
    let hit = found.iter().find(|t| t.text == span);
    assert!(hit.is_some(), "{text:?}: no {span:?} in {found:?}");
    assert_eq!(hit.map(|t| t.value.as_str()), Some(value), "{text:?}: {found:?}");
    for t in &found {
        assert_eq!(&text[t.start..t.end], t.text);
    }
}

#[track_caller]
fn none(text: &str) {
    let found = find_times(text, Some(d("2019-02-28")));
    assert!(found.is_empty(), "{text:?}: {found:?}");
}

#[test]
fn absolute_dates() {
    let a = "2019-02-28";
    case("He spoke on Feb. 28, 2019 in Hanoi.", "Feb. 28, 2019", "2019-02-28", a);
    case("It ended on 28 February 2019.", "28 February 2019", "2019-02-28", a);
    case("The deal was signed 2019-02-28.", "2019-02-28", "2019-02-28", a);
    case("Trump and Abe met on April 26, 2019.", "April 26, 2019", "2019-04-26", "2019-05-03");
    case("They met on May 2.", "May 2", "2019-05-02", "2019-05-03");
    case("Filed 02/13/1998 at noon.", "02/13/1998", "1998-02-13", a);
    case("Sales rose in March 1998.", "March 1998", "1998-03", a);
    case("The talks of Tuesday, Feb. 26, 2019 failed.", "Tuesday, Feb. 26, 2019", "2019-02-26", a);
    case("It opened on the 3rd of March.", "3rd of March", "2019-03-03", a);
}

#[test]
fn months_years_and_decades() {
    let a = "2019-02-28";
    case("Prices fell in January.", "January", "2019-01", a);
    case("The summit was held in June.", "June", "2018-06", a);
    case("The summit will be held in June.", "June", "2019-06", a);
    case("It admitted in 2002 that it had taken them.", "2002", "2002", a);
    case("It abducted people in the 1970s and 80s.", "1970s", "197X", a);
    case("It abducted people in the 1970s and 80s.", "80s", "198X", a);
    case("Music of the '60s returned.", "'60s", "196X", a);
    case("Profit rose in fiscal 1997.", "fiscal 1997", "FY1997", a);
}

#[test]
fn weekdays_follow_the_news_convention() {
    let a = "2019-02-28"; // a Thursday
    case("Abe on Thursday signaled a willingness to meet.", "Thursday", "2019-02-28", a);
    case("He said on Wednesday that talks failed.", "Wednesday", "2019-02-27", a);
    case("Police said Friday the man fled.", "Friday", "2019-02-22", a);
    case("They will meet next Monday.", "next Monday", "2019-03-04", a);
    case("The vote will be held Saturday.", "Saturday", "2019-03-02", a);
    case("He arrived last Thursday.", "last Thursday", "2019-02-21", a);
    case("Shots rang out Monday night.", "Monday night", "2019-02-25TNI", a);
}

#[test]
fn deictic_and_relative() {
    let a = "2019-02-28";
    case("The minister resigned today.", "today", "2019-02-28", a);
    case("The minister resigned yesterday.", "yesterday", "2019-02-27", a);
    case("Talks resume tomorrow.", "tomorrow", "2019-03-01", a);
    case("He will speak tonight.", "tonight", "2019-02-28TNI", a);
    case("Trump and Abe met last week in Washington.", "last week", "2019-W08", a);
    case("Sales grew this week.", "this week", "2019-W09", a);
    case("Prices rose last month.", "last month", "2019-01", a);
    case("Growth slowed last year.", "last year", "2018", a);
    case("Elections are due next year.", "next year", "2020", a);
    case("Earlier this year, KCNA said so.", "Earlier this year", "2019", a);
    case("The visit comes later in May.", "later in May", "2019-05", a);
    case("The company is now profitable.", "now", "PRESENT_REF", a);
    case("He has recently changed course.", "recently", "PAST_REF", a);
    case("Prices rose in recent years.", "years", "PXY", a);
    case("Sales beat the year-ago quarter.", "year-ago quarter", "2017-Q4", a);
    case("Profit beat the year-earlier level.", "year-earlier", "2018", a);
    case("The strike lasted a week.", "a week", "P1W", a);
    case("The plant closed two years ago.", "two years ago", "2017", a);
    case("The plant closed three months ago.", "three months ago", "2018-11", a);
    case("Exports grew this summer.", "this summer", "2019-SU", a);
    case("Earnings in the third quarter rose.", "third quarter", "2018-Q3", a);
    case("Earnings in the first quarter of 1998 rose.", "first quarter of 1998", "1998-Q1", a);
    case("It met at 3 p.m. EST on the day.", "3 p.m. EST", "2019-02-28T15:00", a);
    case("The market closed at 10:30 am.", "10:30 am", "2019-02-28T10:30", a);
    case("Rain fell this morning.", "this morning", "2019-02-28TMO", a);
    case("Rates were cut at the end of the year.", "the end of the year", "2019", a);
}

#[test]
fn durations() {
    let a = "2019-02-28";
    case("He served three years in prison.", "three years", "P3Y", a);
    case("Turning its back on 210 years of loyalty.", "210 years", "P210Y", a);
    case("Talks lasted for decades.", "decades", "PXDE", a);
    case("The strike lasted 48 hours.", "48 hours", "PT48H", a);
    case("Prices rose over the past three years.", "the past three years", "P3Y", a);
    case("It unveiled a five-year plan.", "five-year", "P5Y", a);
    case("It fell in the past year.", "the past year", "P1Y", a);
    case("It lasted twenty-three days.", "twenty-three days", "P23D", a);
    case("The board meets every year.", "every year", "P1Y", a);
    case("Dividends are paid annually.", "annually", "P1Y", a);
}

#[test]
fn rejects_non_times() {
    none("You may go home.");
    none("He paid $2019 for 1,999 shares.");
    none("A 30-year-old man was arrested.");
    none("Leaves fall from the trees.");
    none("The march on the capital went ahead.");
    none("Sales rose 2000 percent.");
}

#[test]
fn without_anchor_relative_values_are_empty() {
    let found = find_times("On Thursday, Feb. 28, 2019 and last week, for three years.", None);
    let values: Vec<(&str, &str)> = found.iter().map(|t| (t.text.as_str(), t.value.as_str())).collect();
    assert_eq!(
        values,
        [("Thursday, Feb. 28, 2019", "2019-02-28"), ("last week", ""), ("three years", "P3Y")]
    );
}

#[test]
fn kinds_are_reported() {
    let found = find_times("For three years until 3 pm on Thursday.", Some(d("2019-02-28")));
    let kinds: Vec<&str> = found.iter().map(|t| t.kind.as_str()).collect();
    assert_eq!(kinds, ["duration", "time", "date"]);
}

proptest! {
    #[test]
    fn any_text_gives_spans_on_char_boundaries(text in "\\PC{0,80}") {
        for t in find_times(&text, Some(d("2019-02-28"))) {
            prop_assert!(t.start < t.end && t.end <= text.len());
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            prop_assert_eq!(&text[t.start..t.end], t.text.as_str());
        }
    }

    #[test]
    fn timelike_words_never_panic(words in proptest::collection::vec(
        prop_oneof![Just("May"), Just("28"), Just("."), Just(","), Just("2019"), Just("last"), Just("the"),
            Just("-"), Just("week"), Just("Thursday"), Just("three"), Just("years"), Just("ago"), Just("'"),
            Just("80s"), Just("p"), Just("m"), Just(":"), Just("30"), Just("quarter"), Just("third"),
            Just("early"), Just("of"), Just("12"), Just("/"), Just("pm")], 0..14)) {
        let text = words.join(" ");
        let _ = find_times(&text, None);
        let _ = find_times(&text.replace(' ', ""), Some(d("2019-12-31")));
    }
}

/// Every token where a recogniser matches passes `may_start`: checked at each token of word
/// soups mixing time words, numbers, punctuation and prose, with and without an anchor.
#[test]
fn may_start_never_skips_a_match() {
    const VOCAB: &[&str] = &[
        "the",
        "The",
        "A",
        "An",
        "end",
        "of",
        "early",
        "late",
        "mid",
        "-",
        "in",
        "year",
        "month",
        "week",
        "Feb",
        ".",
        "28",
        ",",
        "2019",
        "March",
        "May",
        "may",
        "Thursday",
        "next",
        "last",
        "this",
        "past",
        "coming",
        "today",
        "tonight",
        "yesterday",
        "morning",
        "night",
        "three",
        "twenty",
        "a",
        "an",
        "one",
        "several",
        "couple",
        "years",
        "days",
        "ago",
        "from",
        "now",
        "summer",
        "fall",
        "third",
        "quarter",
        "half",
        "fiscal",
        "every",
        "each",
        "per",
        "annually",
        "daily",
        "noon",
        "midnight",
        "3",
        "p",
        "m",
        "pm",
        "3pm",
        "10",
        ":",
        "30",
        "EST",
        "1970s",
        "'",
        "\u{2019}",
        "80s",
        "and",
        "or",
        "to",
        "said",
        "talks",
        "$",
        "%",
        "28th",
        "first",
        "/",
        "02",
        "13",
        "1998",
        "recently",
        "future",
        "for",
        "decades",
        "many",
        "few",
        "some",
        "Sept",
        "sept",
        "JUNE",
        "Tues",
        "dozen",
        "weekend",
        "century",
        "later",
        "earlier",
        "beginning",
        "start",
        "middle",
        "previous",
        "current",
        "formerly",
        "2",
        "11",
        "\u{2018}",
        "60s",
        "will",
        "hourly",
        "mn",
        "Fall",
    ];
    let mut rng = 0x9e37_79b9_7f4a_7c15u64;
    let mut matched = 0;
    let mut unchecked = 0;
    for n in 0..3000 {
        let mut text = String::new();
        for _ in 0..12 {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            let w = VOCAB[(rng % VOCAB.len() as u64) as usize];
            // Sometimes glue tokens together (`Feb.`, `3pm`, `1,500`).
            if !rng.is_multiple_of(3) {
                text.push(' ');
            }
            text.push_str(w);
        }
        let toks = tokens::tokenize(&text);
        // When the anchored pass says so, its spans are those of the pass without an anchor.
        let spans = |ts: &[TimeExpr]| ts.iter().map(|t| (t.start, t.end)).collect::<Vec<_>>();
        let (anchored, same) = find_times_and_check(&text, &toks, Some(d("2019-02-28")));
        let bare = find_times_in(&text, &toks, None);
        if same {
            assert_eq!(spans(&anchored), spans(&bare), "case {n}: {text:?}");
        }
        unchecked += usize::from(!same);
        for anchor in [None, Some(d("2019-02-28"))] {
            let c = Ctx { toks: &toks, anchor, anchored_choice: std::cell::Cell::new(false) };
            for (i, tok) in toks.iter().enumerate() {
                for after_decade in [false, true] {
                    let hit = match_at(&c, i, after_decade);
                    matched += usize::from(hit.is_some());
                    if !may_start(tok) || article_leads_nowhere(&toks, i) {
                        assert_eq!(hit, None, "case {n}: {text:?} at {:?}", tok.text);
                    }
                }
            }
        }
    }
    assert!(matched > 10_000, "the soup should hold many expressions: {matched}");
    assert!(unchecked < 1500, "most soups should reuse the anchored spans: {unchecked}");
}

/// The word test `may_start` had before [`starters`]: the opener words and each lexicon list.
fn starts_by_definition(w: &str) -> bool {
    is_opener(w)
        || lexicon::month(w).is_some()
        || lexicon::weekday(w).is_some()
        || lexicon::season(w).is_some()
        || lexicon::unit(w).is_some()
        || lexicon::small_number(w).is_some()
        || lexicon::ordinal(w).is_some()
}

/// [`starters`] holds every word the opener `match` and the lexicon functions accept: each of
/// them is a pure `match` on string literals, so every literal of their source is tried.
#[test]
fn starters_cover_the_lexicon() {
    let sources = [include_str!("mod.rs"), include_str!("lexicon.rs")];
    let mut tried = 0;
    for src in sources {
        // Every piece between quote marks, inside a literal or not: robust to escapes.
        for lit in src.split('"') {
            // Words opening with a digit pass `may_start` before the set is asked.
            if starts_by_definition(lit) && !lit.starts_with(|c: char| c.is_ascii_digit()) {
                tried += 1;
                assert!(starters::contains(lit), "{lit:?} is missing from STARTER_WORDS");
            }
        }
    }
    assert!(tried > 150, "the sources should hold the word lists: {tried}");
    // Nothing else opens an expression: a word soup with near-misses.
    for w in ["said", "thes", "mays", "twentyone", "Thursday", "janu", "", "x"] {
        assert_eq!(starters::contains(w), starts_by_definition(w), "{w:?}");
    }
    for w in starters::STARTER_WORDS {
        assert!(starts_by_definition(w), "{w:?} opens nothing");
    }
}

/// `may_have_times_outside` answers false only when no expression lies outside the range.
#[test]
fn times_outside_a_range() {
    let t = "Lee said the pool shut on Monday.";
    let inner = 9..t.len() - 1;
    assert!(!may_have_times_outside(t, inner.clone()));
    assert!(find_times(t, Some(d("2021-03-12")))
        .iter()
        .all(|x| x.start >= inner.start && x.end <= inner.end));
    let t = "On Monday Lee said the pool was shut.";
    assert!(may_have_times_outside(t, 19..t.len()));
    // A range cut inside a character or out of bounds is answered conservatively.
    assert!(may_have_times_outside("Café said 2019", 4..40));
    assert!(!may_have_times_outside("Lee said x", 30..40));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    /// When `may_have_times_outside` says no, `find_times` finds nothing outside the range.
    #[test]
    fn no_time_outside_when_none_may_open_there(
        picks in proptest::collection::vec((0..12usize, any::<bool>()), 0..16),
        cut in (0usize..120, 0usize..120),
    ) {
        const WORDS: &[&str] =
            &["said", "Lee", "on", "Monday", "the", "pool", "2019", "last", "week", ",", "3pm", "Feb"];
        let mut text = String::new();
        for (i, space) in picks {
            if space {
                text.push(' ');
            }
            text.push_str(WORDS[i]);
        }
        let inner = cut.0.min(cut.1)..cut.0.max(cut.1);
        if !may_have_times_outside(&text, inner.clone()) {
            for x in find_times(&text, Some(d("2019-02-28"))) {
                prop_assert!(x.end > inner.start && x.start < inner.end, "{:?} {:?} {:?}", text, inner, x);
            }
        }
    }
}

/// Tokens keep a capitalised word the recognisers do not know as written (`Smith`, see
/// `tokens::Tok::lower`): the time expressions and quantities found are those found with every
/// token lower-cased, on word soups of known words in all casings, unknown words and glued forms.
#[test]
fn kept_case_finds_what_lower_case_finds() {
    const VOCAB: &[&str] = &[
        "The",
        "THE",
        "the",
        "Last",
        "LAST",
        "Next",
        "Week",
        "WEEK",
        "Year",
        "Years",
        "Ago",
        "AGO",
        "A",
        "An",
        "Dozen",
        "US",
        "Us",
        "$",
        "Per",
        "Cent",
        "Percent",
        "Million",
        "M",
        "Bn",
        "From",
        "Now",
        "Today",
        "3PM",
        "3pm",
        "3Pm",
        "1970S",
        "1970s",
        "28TH",
        "28th",
        "Fiscal",
        "2019",
        "Of",
        "End",
        "Eight",
        "Twenty",
        "-",
        "Smith",
        "SMITH",
        "Said",
        "Ed",
        "SUED",
        "Marly",
        "Japanese",
        "Civilians",
        "People",
        "May",
        "MARCH",
        "Feb",
        ".",
        ",",
        "12",
        "Thursday",
        "THURSDAY",
        "Morning",
        "Noon",
        "Every",
        "Daily",
        "Summer",
        "Third",
        "Quarter",
        "X3pm",
        "S",
        "'",
        "80S",
        "Mid",
        "In",
        "Dollars",
        "Yen",
        "One",
        "No",
        "Ünü",
        "İ",
    ];
    let mut rng = 0x1234_5678_9abc_def1u64;
    let mut found = 0;
    for n in 0..4000 {
        let mut text = String::new();
        for _ in 0..10 {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            if !rng.is_multiple_of(4) {
                text.push(' ');
            }
            text.push_str(VOCAB[(rng >> 8) as usize % VOCAB.len()]);
        }
        let (kept, lowered) = (tokens::tokenize(&text), tokens::tokenize_reference(&text));
        for anchor in [None, Some(d("2019-02-28"))] {
            let times = find_times_and_check(&text, &kept, anchor);
            assert_eq!(times, find_times_and_check(&text, &lowered, anchor), "case {n}: {text:?}");
            found += times.0.len();
        }
        let quantities = crate::extract::numbers::find_quantities_in(&text, &kept);
        assert_eq!(
            quantities,
            crate::extract::numbers::find_quantities_in(&text, &lowered),
            "case {n}: {text:?}"
        );
        found += quantities.len();
    }
    assert!(found > 5000, "the soups should hold many expressions: {found}");
}
