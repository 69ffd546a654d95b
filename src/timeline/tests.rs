//! Unit tests of `shift` on claims built by hand (not from the seed articles).

use chrono::NaiveDate;

use super::*;
use crate::model::{ClaimKind, Format, Marker, Polarity, ShiftLabel};
use crate::text::OffsetMap;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// A claim whose content is `content` (found in `body`), with markers given as (kind, words).
struct Spec<'a> {
    speaker: &'a str,
    content: &'a str,
    modality: &'a [(&'a str, &'a str)],
    conditions: &'a [(&'a str, &'a str)],
    polarity: Polarity,
    said_on: Option<&'a str>,
}

fn spec<'a>(speaker: &'a str, content: &'a str) -> Spec<'a> {
    Spec { speaker, content, modality: &[], conditions: &[], polarity: Polarity::Positive, said_on: None }
}

fn at(body: &str, what: &str) -> usize {
    body.find(what).unwrap_or_else(|| panic!("'{what}' not in '{body}'"))
}

fn marker(body: &str, base: usize, content: &str, kind: &str, words: &str) -> Marker {
    let s = base + at(content, words);
    let _ = body;
    Marker { kind: kind.into(), text: words.into(), start: s, end: s + words.len() }
}

fn doc(path: &str, outlet: &str, published: &str, specs: &[Spec<'_>]) -> Document {
    let body: String = specs.iter().map(|s| s.content).collect::<Vec<_>>().join(" ");
    let mut claims = Vec::new();
    let mut base = 0;
    for (i, s) in specs.iter().enumerate() {
        let start = base;
        let end = start + s.content.len();
        base = end + 1;
        claims.push(Claim {
            id: format!("c{}", i + 1),
            sentence: i,
            kind: if s.content.contains('"') { ClaimKind::Direct } else { ClaimKind::Indirect },
            speaker: Some(Speaker {
                name: s.speaker.into(),
                text: s.speaker.rsplit(' ').next().unwrap_or(s.speaker).into(),
                start: 0,
                end: 0,
                anonymous: s.speaker.starts_with("an "),
            }),
            cue: None,
            content: TextSpan { text: s.content.into(), start, end },
            said_on: s.said_on.map(date),
            said_in: s.said_on.map(String::from),
            entities: vec![],
            numbers: vec![],
            times: vec![],
            polarity: s.polarity,
            modality: s.modality.iter().map(|(k, w)| marker(&body, start, s.content, k, w)).collect(),
            conditions: s.conditions.iter().map(|(k, w)| marker(&body, start, s.content, k, w)).collect(),
            within: None,
        });
    }
    Document {
        path: path.into(),
        item: None,
        format: Format::Text,
        outlet: outlet.into(),
        published: Some(date(published)),
        published_at: None,
        title: None,
        url: None,
        author: None,
        dateline: None,
        warnings: vec![],
        removed: vec![],
        map: OffsetMap::identity(0, body.len()),
        body,
        sentences: vec![],
        claims: Some(claims),
    }
}

const MAYOR: &str = "Maria Lopez";

#[test]
fn refusal_with_condition_to_unconditional_commitment_is_a_softening_reversal() {
    let a = doc(
        "a.txt",
        "Daily",
        "2021-03-01",
        &[Spec {
            modality: &[("refuse", "refuses")],
            conditions: &[("unless", "unless the union ends the strike")],
            ..spec(MAYOR, "Lopez refuses to meet the union leaders unless the union ends the strike")
        }],
    );
    let b = doc(
        "b.txt",
        "Herald",
        "2021-04-10",
        &[Spec {
            modality: &[("will", "will")],
            conditions: &[("unconditional", "unconditionally")],
            ..spec(MAYOR, "Lopez will meet the union leaders unconditionally to talk in good faith")
        }],
    );
    let t = shift(&[a, b], "Lopez", &ShiftOptions::default());
    assert_eq!(t.speaker, MAYOR);
    assert_eq!(t.topics.len(), 1, "{t:#?}");
    let topic = &t.topics[0];
    assert_eq!(topic.positions.len(), 2);
    assert_eq!(topic.positions[0].commitment, Some(0));
    assert_eq!(topic.positions[1].commitment, Some(6));
    let s = &topic.shifts[0];
    assert_eq!((s.from, s.to), (0, 1));
    assert_eq!(s.label, ShiftLabel::Reversal);
    assert_eq!(s.direction.as_deref(), Some("softened"));
    let codes: Vec<&str> = s.reasons.iter().map(|r| r.code.as_str()).collect();
    assert!(codes.contains(&"commitment-up"), "{codes:?}");
    assert!(codes.contains(&"conditions-dropped"), "{codes:?}");
    assert!(codes.contains(&"tone-softened"), "{codes:?}");
    // evidence points at the words in each input
    let cond = s.reasons.iter().find(|r| r.code == "conditions-dropped").expect("reason");
    assert_eq!(cond.a[0].text, "unless the union ends the strike");
    assert_eq!(cond.b[0].text, "unconditionally");
    let b_body = "Lopez will meet the union leaders unconditionally to talk in good faith";
    assert_eq!(&b_body[cond.b[0].start..cond.b[0].end], "unconditionally");
}

#[test]
fn willingness_with_purpose_to_unconditional_offer_is_a_partial_softening() {
    let a = doc(
        "a.txt",
        "Wire",
        "2020-01-05",
        &[Spec {
            modality: &[("willing", "signaled a willingness")],
            conditions: &[("purpose", "to settle the border dispute")],
            ..spec(
                "Anna Berg",
                "Berg signaled a willingness to meet the governor to settle the border dispute",
            )
        }],
    );
    let b = doc(
        "b.txt",
        "Post",
        "2020-02-20",
        &[Spec {
            modality: &[("offer", "offered")],
            conditions: &[("unconditional", "unconditionally")],
            ..spec("Anna Berg", "Berg offered to meet the governor unconditionally and talk frankly")
        }],
    );
    let t = shift(&[a, b], "anna berg", &ShiftOptions::default());
    let s = &t.topics[0].shifts[0];
    assert_eq!(s.label, ShiftLabel::PartialShift);
    assert_eq!(s.direction.as_deref(), Some("softened"));
    assert!(s.score > 0.5 && s.score <= 1.0, "{}", s.score);
}

#[test]
fn same_statement_in_two_outlets_is_one_position_not_a_shift() {
    let quote = r#""We will cut the bus fares by half before winter," Lopez said"#;
    let a =
        doc("a.txt", "Daily", "2021-05-01", &[Spec { said_on: Some("2021-04-30"), ..spec(MAYOR, quote) }]);
    let b = doc("b.txt", "Herald", "2021-05-03", &[spec(MAYOR, quote)]);
    let t = shift(&[b, a], "Maria Lopez", &ShiftOptions::default());
    assert_eq!(t.topics.len(), 1);
    let topic = &t.topics[0];
    assert_eq!(topic.positions.len(), 1, "{topic:#?}");
    let p = &topic.positions[0];
    assert_eq!(p.date, Some(date("2021-04-30")));
    assert_eq!(p.date_source, "said_on");
    assert_eq!(p.claim.outlet, "Daily");
    assert_eq!(p.also_reported_by.len(), 1);
    assert_eq!(p.also_reported_by[0].outlet, "Herald");
    assert!(topic.shifts.is_empty());
}

#[test]
fn polarity_flip_on_the_same_proposition_is_a_reversal() {
    let a = doc(
        "a.txt",
        "Daily",
        "2019-01-01",
        &[spec(MAYOR, "the city budget includes funding for the new stadium")],
    );
    let b = doc(
        "b.txt",
        "Daily",
        "2019-06-01",
        &[Spec {
            polarity: Polarity::Negative,
            ..spec(MAYOR, "the city budget includes no funding for the new stadium")
        }],
    );
    let t = shift(&[a, b], "Lopez", &ShiftOptions::default());
    let s = &t.topics[0].shifts[0];
    assert_eq!(s.label, ShiftLabel::Reversal);
    assert!(s.reasons.iter().any(|r| r.code == "polarity-reversed"));
    assert!(s.reasons.iter().any(|r| r.code == "content-changed" && r.detail.contains("+no")));
}

#[test]
fn unrelated_topics_stay_apart_and_filters_apply() {
    let a = doc(
        "a.txt",
        "Daily",
        "2022-01-10",
        &[
            spec(MAYOR, "the stadium project needs new funding"),
            spec(MAYOR, "bus drivers deserve higher wages"),
        ],
    );
    let b = doc("b.txt", "Herald", "2022-03-10", &[spec(MAYOR, "the stadium project funding is secured")]);
    let docs = [a, b];
    let t = shift(&docs, "Lopez", &ShiftOptions::default());
    assert_eq!(t.topics.len(), 2, "{t:#?}");
    assert_eq!(t.topics[0].positions.len(), 2);
    assert!(t.topics[0].topic.contains(&"stadium".to_string()));
    // a paraphrase with no change in commitment, conditions or tone is no shift
    assert_eq!(t.topics[0].shifts[0].label, ShiftLabel::NoShift);
    assert_eq!(t.topics[0].shifts[0].direction, None);

    let only_bus = ShiftOptions { topic: vec!["BUS".into()], ..Default::default() };
    let t = shift(&docs, "Lopez", &only_bus);
    assert_eq!(t.topics.len(), 1);
    assert!(t.topics[0].positions[0].claim.text.starts_with("bus"));

    let later = ShiftOptions { from: Some(date("2022-02-01")), ..Default::default() };
    let t = shift(&docs, "Lopez", &later);
    assert_eq!(t.topics.iter().map(|t| t.positions.len()).sum::<usize>(), 1);

    assert!(shift(&docs, "Nobody", &ShiftOptions::default()).topics.is_empty());
}

#[test]
fn same_day_positions_are_not_compared() {
    let a = doc(
        "a.txt",
        "Daily",
        "2022-01-10",
        &[
            Spec {
                modality: &[("want", "wants")],
                ..spec(MAYOR, "Lopez wants the stadium funding approved")
            },
            Spec {
                modality: &[("doubt", "doubts")],
                ..spec(MAYOR, "Lopez doubts the stadium funding will be approved")
            },
        ],
    );
    let t = shift(&[a], "Lopez", &ShiftOptions::default());
    assert_eq!(t.topics.len(), 1);
    assert!(t.topics[0].shifts.is_empty());
}

#[test]
fn speaker_matching_by_name_parts() {
    let sp = |name: &str, anonymous: bool| Speaker {
        name: name.into(),
        text: "the mayor".into(),
        start: 0,
        end: 0,
        anonymous,
    };
    assert!(speaker_matches(&sp("Shinzo Abe", false), "abe"));
    assert!(speaker_matches(&sp("Kim Jong Un", false), "Kim"));
    assert!(speaker_matches(&sp("Shinzo Abe", false), "S. Abe"));
    assert!(speaker_matches(&sp("Abe", false), "Shinzo Abe"));
    assert!(!speaker_matches(&sp("Akie Abe", false), "Shinzo Abe"));
    assert!(!speaker_matches(&sp("an official close to Abe", true), "Abe"));
    assert!(speaker_matches(&sp("an official close to Abe", true), "an official close to Abe"));
    assert!(speaker_matches(&sp("Maria Lopez", false), "The Mayor"));
    assert!(!speaker_matches(&sp("Maria Lopez", false), ""));
}

/// A claim whose markers come from `extract::markers` (the real word lists), not set by hand.
fn doc_with_real_markers(path: &str, published: &str, speaker: &str, content: &str) -> Document {
    let mut d = doc(path, "Wire", published, &[spec(speaker, content)]);
    if let Some(c) = d.claims.as_mut().and_then(|cs| cs.first_mut()) {
        let shift = |mut m: Marker| {
            m.start += c.content.start;
            m.end += c.content.start;
            m
        };
        c.modality = crate::extract::markers::modality(content).into_iter().map(shift).collect();
        c.conditions = crate::extract::markers::conditions(content).into_iter().map(shift).collect();
        c.polarity = crate::extract::markers::polarity(content);
    }
    d
}

#[test]
fn markers_from_the_extractor_feed_the_scale_and_conditions() {
    let a = doc_with_real_markers(
        "a.txt",
        "2018-09-01",
        "Jonas Weber",
        "Weber signaled a willingness to meet the rebel commander to end the siege of the port",
    );
    let b = doc_with_real_markers(
        "b.txt",
        "2018-11-15",
        "Jonas Weber",
        "Weber offered to meet the rebel commander without preconditions and talk frankly",
    );
    let c = doc_with_real_markers(
        "c.txt",
        "2019-01-20",
        "Jonas Weber",
        "Weber refused to meet the rebel commander, calling the shelling a criminal provocation",
    );
    let t = shift(&[a, b, c], "Weber", &ShiftOptions::default());
    assert_eq!(t.topics.len(), 1, "{t:#?}");
    let tp = &t.topics[0];
    let steps: Vec<Option<u8>> = tp.positions.iter().map(|p| p.commitment).collect();
    assert_eq!(steps, [Some(3), Some(5), Some(0)], "{tp:#?}");
    assert_eq!(tp.shifts.len(), 2);
    assert_eq!(tp.shifts[0].label, ShiftLabel::PartialShift);
    assert_eq!(tp.shifts[0].direction.as_deref(), Some("softened"));
    assert!(tp.shifts[0].reasons.iter().any(|r| r.code == "conditions-dropped"), "{:#?}", tp.shifts[0]);
    assert_eq!(tp.shifts[1].label, ShiftLabel::Reversal);
    assert_eq!(tp.shifts[1].direction.as_deref(), Some("hardened"));
}

#[test]
fn committing_to_a_hostile_act_hardens() {
    let a = doc_with_real_markers(
        "a.txt",
        "2017-03-01",
        "Jonas Weber",
        "Weber is considering new sanctions against the rebel commander",
    );
    let b = doc_with_real_markers(
        "b.txt",
        "2017-05-01",
        "Jonas Weber",
        "Weber will impose sanctions against the rebel commander",
    );
    let t = shift(&[a, b], "Weber", &ShiftOptions::default());
    let s = &t.topics[0].shifts[0];
    assert_eq!(t.topics[0].positions[1].commitment, Some(6), "{t:#?}");
    assert_eq!(s.direction.as_deref(), Some("hardened"), "{s:#?}");
}

#[test]
fn a_month_before_publication_dates_the_statement_a_later_or_same_month_does_not() {
    let d = doc("a.txt", "Daily", "2019-05-10", &[spec("Maria Lopez", "We will cut the fares")]);
    let mut c = d.claims.as_ref().expect("claims")[0].clone();
    let may = Some(date("2019-05-10"));
    c.said_in = Some("2019-03".into());
    assert_eq!(statement_date(&c, may), (Some(date("2019-03-01")), "said_in"));
    c.said_in = Some("2019-05".into());
    assert_eq!(statement_date(&c, may), (may, "published"));
    c.said_in = Some("2018".into());
    assert_eq!(statement_date(&c, may), (may, "published"));
    c.said_on = Some(date("2019-02-28"));
    assert_eq!(statement_date(&c, may), (Some(date("2019-02-28")), "said_on"));
    c.said_on = None;
    c.said_in = None;
    assert_eq!(statement_date(&c, None), (None, "unknown"));
}

/// The label and reason codes of the one shift between two statements of one speaker.
mod steps;
