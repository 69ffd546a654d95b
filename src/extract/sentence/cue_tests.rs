//! Tests of the cue lexicon on whole sentences: the forms that came back from the excluded
//! list and the object cues, each with the speaker, cue and content it reports.

use super::*;

/// (speaker, cue, content) of each attributed part of `s`.
fn found(s: &str) -> Vec<(String, String, String)> {
    let qs = quotes::find_quotes(s, &[Span::new(0, s.len())]);
    analyse(s, Span::new(0, s.len()), &qs)
        .into_iter()
        .filter_map(|p| {
            let (who, cue) = p.speaker?;
            let text = |sp: Span| s[sp.start..sp.end].to_string();
            Some((text(who), text(cue), text(p.content)))
        })
        .collect()
}

fn case(s: &str, want: (&str, &str, &str)) {
    let got = found(s);
    let want = (want.0.to_string(), want.1.to_string(), want.2.to_string());
    assert!(got.contains(&want), "{s}: {got:?}");
}

#[test]
fn forms_back_from_the_excluded_list_report() {
    case(
        "The mayor boasted that the new bridge cost less than the old one.",
        ("The mayor", "boasted", "the new bridge cost less than the old one"),
    );
    case(
        "A new survey finds that most tenants want lower rents.",
        ("A new survey", "finds", "most tenants want lower rents"),
    );
    case(
        "The council recommended that the park stay open at night.",
        ("The council", "recommended", "the park stay open at night"),
    );
    case(
        "The mayor said the fund was empty, declaring that the city would cut jobs.",
        ("The mayor", "declaring", "the city would cut jobs"),
    );
    case(
        "The union welcomed the ruling on overtime pay.",
        ("The union", "welcomed", "the ruling on overtime pay"),
    );
}

#[test]
fn excluded_forms_stay_out() {
    // `admit` is mostly letting people in, `state` a noun.
    assert!(found("The two towns admit refugees every spring.").is_empty());
    assert!(found("The state budget grew by a tenth.").is_empty());
}

#[test]
fn object_cues_report_the_noun_phrase_they_take() {
    case("She pointed to the falling crime rate.", ("She", "pointed to", "the falling crime rate"));
    case(
        "Two council members expressed doubts about the tram.",
        ("Two council members", "expressed", "doubts about the tram"),
    );
    case("The union voiced support for the strike.", ("The union", "voiced", "support for the strike"));
    case(
        "Senator Ann Ruiz voted against the farm bill.",
        ("Senator Ann Ruiz", "voted against", "the farm bill"),
    );
}

#[test]
fn object_cue_words_in_other_uses_report_nothing() {
    for s in [
        // A noun after a determiner, an adjective, a preposition after the verb.
        "The voice of the crowd grew louder.",
        "They took the express train to the coast.",
        "All the signs point to a late spring.",
    ] {
        assert!(found(s).is_empty(), "{s}: {:?}", found(s));
    }
}
