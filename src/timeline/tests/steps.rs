//! One shift step between two claims: stance, polarity, restatements, exceptions, tone.

use super::*;

fn one_step(speaker: &str, a: (&str, &str), b: (&str, &str)) -> (ShiftLabel, Option<String>, Vec<String>) {
    let da = doc_with_real_markers("a.txt", a.0, speaker, a.1);
    let db = doc_with_real_markers("b.txt", b.0, speaker, b.1);
    let t = shift(&[da, db], speaker, &ShiftOptions::default());
    assert_eq!(t.topics.len(), 1, "{t:#?}");
    let p = &t.topics[0].positions;
    if p.len() == 1 && p[0].also_reported_by.len() == 1 {
        // merged as reports of one statement (step 3 of the module docs): no shift by construction
        return (ShiftLabel::NoShift, None, vec!["same-statement".into()]);
    }
    let s = t.topics[0].shifts.first().unwrap_or_else(|| panic!("no shift: {t:#?}"));
    (s.label, s.direction.clone(), s.reasons.iter().map(|r| r.code.clone()).collect())
}

#[test]
fn support_after_not_ready_to_support_is_a_reversal_without_a_commitment_word() {
    let (label, dir, codes) = one_step(
        "Ruth Okafor",
        ("2020-02-01", "Okafor said she is not ready to support the harbour tunnel"),
        ("2020-05-01", "Okafor announced her support for the harbour tunnel"),
    );
    assert_eq!(label, ShiftLabel::Reversal, "{codes:?}");
    assert_eq!(dir.as_deref(), Some("softened"));
    assert!(codes.iter().any(|c| c == "stance-reversed"), "{codes:?}");
}

#[test]
fn endorsing_then_opposing_the_same_target_hardens_and_other_targets_do_not_count() {
    let (label, dir, codes) = one_step(
        "Ruth Okafor",
        ("2020-02-01", "Okafor endorsed the harbour tunnel plan"),
        ("2020-05-01", "Okafor now opposes the harbour tunnel plan"),
    );
    assert_eq!(label, ShiftLabel::Reversal, "{codes:?}");
    assert_eq!(dir.as_deref(), Some("hardened"));
    // support for one thing, opposition to a different thing: different topics, never compared
    let da =
        doc_with_real_markers("a.txt", "2020-02-01", "Ruth Okafor", "Okafor supports the harbour tunnel");
    let db = doc_with_real_markers("b.txt", "2020-05-01", "Ruth Okafor", "Okafor opposes a casino licence");
    let t = shift(&[da, db], "Okafor", &ShiftOptions::default());
    assert!(t.topics.iter().all(|tp| tp.shifts.is_empty()), "different topics are not compared: {t:#?}");
}

#[test]
fn a_negation_on_another_predicate_is_not_a_reversal() {
    let (label, _, codes) = one_step(
        "Ruth Okafor",
        ("2020-02-01", "Okafor will extend the night bus service to the airport"),
        ("2020-05-01", "Okafor will extend the night bus service to the airport, not the harbour"),
    );
    assert_eq!(label, ShiftLabel::NoShift, "{codes:?}");
    let (label, _, codes) = one_step(
        "Ruth Okafor",
        ("2020-02-01", "Okafor will extend the night bus service to the airport"),
        ("2020-05-01", "Okafor will not extend the night bus service to the airport"),
    );
    assert_eq!(label, ShiftLabel::Reversal, "{codes:?}");
    assert!(codes.iter().any(|c| c == "polarity-reversed"), "{codes:?}");
}

#[test]
fn a_restatement_with_a_concessive_clause_or_a_harsher_word_is_no_shift() {
    // "even if" concedes, it does not restrict: no condition added
    let (label, _, codes) = one_step(
        "Ruth Okafor",
        ("2020-02-01", "Okafor wants a public inquiry into the flooding of the estate"),
        (
            "2020-05-01",
            "Okafor wants a public inquiry into the flooding of the estate even if it delays the repairs",
        ),
    );
    assert_eq!(label, ShiftLabel::NoShift, "{codes:?}");
    assert!(!codes.iter().any(|c| c.starts_with("conditions")), "{codes:?}");
    // one hostile word more in the same words is not a change of tone
    let (label, _, codes) = one_step(
        "Ruth Okafor",
        ("2020-02-01", "Okafor wants a public inquiry into the flooding of the estate"),
        ("2020-05-01", "Okafor wants a public inquiry into the reckless flooding of the estate"),
    );
    assert_eq!(label, ShiftLabel::NoShift, "{codes:?}");
}

#[test]
fn a_restatement_adding_a_condition_is_no_shift_with_the_similarity_as_reason() {
    // the scorer puts these two between 0.5 and 0.8: the same demand in other words, plus a
    // condition
    let (label, dir, codes) = one_step(
        "Ruth Okafor",
        ("2020-02-01", "Okafor wants an inquiry into the flooding of the estate"),
        (
            "2020-05-01",
            "Okafor said she wants the flooding of the estate investigated by an inquiry if the council agrees",
        ),
    );
    assert_eq!(label, ShiftLabel::NoShift, "{codes:?}");
    assert_eq!(dir, None);
    assert!(
        codes.iter().any(|c| c == "conditions-added") && codes.iter().any(|c| c == "restated"),
        "{codes:?}"
    );
    // a condition added to a different demand on the same topic (about 0.34) is a partial shift
    let (label, _, codes) = one_step(
        "Ruth Okafor",
        ("2020-02-01", "Okafor wants a public inquiry into the flooding of the estate"),
        ("2020-05-01", "Okafor wants payments to flooded estate tenants instead, if the council agrees"),
    );
    assert_eq!(label, ShiftLabel::PartialShift, "{codes:?}");
    assert!(codes.iter().any(|c| c == "conditions-added"), "{codes:?}");
}

#[test]
fn an_exception_carved_out_of_a_demand_is_a_partial_softening() {
    let (label, dir, codes) = one_step(
        "Ruth Okafor",
        ("2020-02-01", "Okafor wants a total ban on night flights over the estate"),
        ("2020-05-01", "Okafor says the ban on night flights over the estate is negotiable for cargo"),
    );
    assert_eq!(label, ShiftLabel::PartialShift, "{codes:?}");
    assert_eq!(dir.as_deref(), Some("softened"));
    assert!(codes.iter().any(|c| c == "exception-added"), "{codes:?}");
}

#[test]
fn an_if_in_a_prediction_is_not_a_condition_and_a_double_negative_is_not_a_flip() {
    // no commitment on either side: the "if" restricts nothing the speaker offers
    let (label, _, codes) = one_step(
        "Ruth Okafor",
        ("2020-02-01", "Okafor said the stakes are too high for the casino licence to pass"),
        ("2020-05-01", "Okafor said if the casino licence passes, the estate loses"),
    );
    assert_eq!(label, ShiftLabel::NoShift, "{codes:?}");
    // both negative, with the negation on different words: still the same denial
    let (label, _, codes) = one_step(
        "Ruth Okafor",
        ("2020-02-01", "Okafor did not sign any permit for the casino"),
        ("2020-05-01", "none of the casino permits were signed by Okafor, she said"),
    );
    assert_eq!(label, ShiftLabel::NoShift, "{codes:?}");
}

#[test]
fn a_neutral_claim_that_commits_to_nothing_does_not_harden_a_warm_offer() {
    let (label, _, codes) = one_step(
        "Jonas Weber",
        (
            "2018-09-01",
            "I want to meet the rebel commander unconditionally and talk frankly with an open mind",
        ),
        ("2018-11-15", "a meeting with the rebel commander"),
    );
    assert_eq!(label, ShiftLabel::NoShift, "{codes:?}");
    assert!(!codes.iter().any(|c| c.starts_with("tone-") || c.starts_with("conditions-")), "{codes:?}");
}
