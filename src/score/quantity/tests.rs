use crate::model::Relation;
use crate::score::score_texts;

use crate::score::test_codes as codes;

#[test]
fn number_mismatch_13_vs_17() {
    let a = "North Korea admitted abducting 13 Japanese citizens in the 1970s.";
    let b = "North Korea admitted abducting 17 Japanese citizens in the 1970s.";
    let s = score_texts(a, b);
    assert_eq!(s.relation, Relation::Conflict);
    let r = &s.reasons[0];
    assert_eq!(r.code, "conflict-number");
    assert!(r.a[0].text.starts_with("13 Japanese"), "{:?}", r.a);
    assert_eq!(&a[r.a[0].start..r.a[0].end], r.a[0].text);
    assert!(r.b[0].text.starts_with("17 Japanese"), "{:?}", r.b);
}

#[test]
fn money_in_billions_differs() {
    let (rel, c) = codes(
        "The chain was sold to the grocer for $2.5 billion last year.",
        "The chain was sold to the grocer for $1.8 billion last year.",
    );
    assert_eq!(rel, Relation::Conflict);
    assert!(c.contains(&"conflict-number".to_string()), "{c:?}");
}

#[test]
fn years_clock_times_and_dropped_scale_words_are_no_number_conflict() {
    let no_number = |a: &str, b: &str| {
        let (_, c) = codes(a, b);
        assert!(!c.contains(&"conflict-number".to_string()), "{a} / {b}: {c:?}");
    };
    no_number(
        "The bakery opened in 1998 and now employs forty staff.",
        "The bakery, which opened in 2001, now employs forty staff.",
    );
    no_number(
        "The ferry leaves the harbour at 6 a.m. daily.",
        "The ferry leaves the harbour at 7 a.m. daily.",
    );
    no_number(
        "The city paid $40 million for the new stadium roof.",
        "The city paid $40 for the new stadium roof.",
    );
    // Bare numbers after different words count different things.
    no_number(
        "Rescuers found 12 of the missing hikers near the ridge.",
        "Rescuers found the missing hikers near the ridge after searching about 30 hours.",
    );
    // After the same word they compete.
    let (rel, c) =
        codes("The euro was last at 1.29 against the franc.", "The euro was last at 1.35 against the franc.");
    assert_eq!((rel, c), (Relation::Conflict, vec!["conflict-number".to_string()]));
}

#[test]
fn a_rounded_number_is_the_same_number() {
    let (_, c) = codes(
        "Turnout in the northern district reached 17 percent on Sunday.",
        "Turnout in the northern district reached 17.3 percent on Sunday.",
    );
    assert!(!c.contains(&"conflict-number".to_string()), "{c:?}");
    let (rel, c) = codes(
        "Turnout in the northern district reached 17.8 percent on Sunday.",
        "Turnout in the northern district reached 17.3 percent on Sunday.",
    );
    assert_eq!((rel, c), (Relation::Conflict, vec!["conflict-number".to_string()]));
    let (_, c) = codes(
        "The port handled $1.2 million in fees last week.",
        "The port handled $1.23 million in fees last week.",
    );
    assert!(!c.contains(&"conflict-number".to_string()), "{c:?}");
}

fn no_number(a: &str, b: &str) {
    let (_, c) = codes(a, b);
    assert!(!c.contains(&"conflict-number".to_string()), "{a} / {b}: {c:?}");
}

fn number(a: &str, b: &str) {
    let (_, c) = codes(a, b);
    assert!(c.contains(&"conflict-number".to_string()), "{a} / {b}: {c:?}");
}

#[test]
fn counts_of_other_things_fill_another_slot() {
    no_number(
        "The strike killed two militia leaders and at least five other people near the market.",
        "The strike killed seven people near the market, witnesses said.",
    );
    no_number(
        "The director will meet the three unions separately on Monday.",
        "The director will meet the other two unions separately on Monday.",
    );
    number(
        "Twenty-eight people were trapped in the lodge when the avalanche hit.",
        "Twenty-seven people were trapped in the lodge when the avalanche hit.",
    );
}

#[test]
fn a_scale_glued_to_the_digits() {
    number(
        "The repairs will cost $48m, the engineer said.",
        "The repairs will cost $63m, the engineer said.",
    );
    no_number("The repairs will cost $48m.", "The repairs will cost $48 million.");
}

#[test]
fn a_figure_moved_within_its_sentence_keeps_its_slot() {
    number(
        "212 homes were evacuated during the spring floods.",
        "During the spring floods, 180 homes were evacuated.",
    );
    // Other words after the figure: another slot.
    no_number(
        "212 homes were evacuated during the spring floods.",
        "During the spring floods, 180 homes were flooded.",
    );
}

#[test]
fn an_extra_figure_on_one_side_is_no_mismatch() {
    no_number(
        "The council approved a budget of $5 million for three new parks.",
        "The council approved a budget of $5 million after a meeting that cost $200 in catering.",
    );
    // The same value said once as a year list and once with a noun.
    no_number(
        "The firm will restate its 2001, 2002 and 2003 financial results.",
        "The firm will restate its 2003, 2002 and 2001 financial results.",
    );
}

#[test]
fn approximate_and_bounded_figures_allow_their_range() {
    no_number(
        "The virus has infected more than 5,200 people in the province.",
        "The virus has infected 5,270 people in the province.",
    );
    no_number(
        "The storm was about 300 miles east of the coast on Monday.",
        "The storm was 320 miles east of the coast on Monday.",
    );
    no_number(
        "He handed back options worth more than $50 million this year.",
        "He handed back options worth $54 million to $56 million this year.",
    );
    number(
        "The fire had burned more than 12,400 acres of forest by Sunday.",
        "The fire had burned 11,400 acres of forest by Sunday.",
    );
    // `fell X to Y` is a change and a level, not a span from X to Y.
    number(
        "Heating oil fell 0.41 cent to 70.74 cents a gallon.",
        "Heating oil fell 0.85 cent to 69.89 cents a gallon.",
    );
}

#[test]
fn split_numbers_and_conversions_are_not_figures() {
    no_number(
        "The merger creates a group with $2.8bn in annual sales.",
        "The merger creates a group with $2.8 billion in annual sales.",
    );
    no_number(
        "Inspectors estimate that 1,2 million homes still use the old meters.",
        "Inspectors estimate that 1.2 million homes still use the old meters.",
    );
    no_number(
        "The climber carried 20 kg (44 pounds) of gear up the ridge.",
        "The climber carried 20 kg (45 pounds) of gear up the ridge.",
    );
}

#[test]
fn percentages_of_different_wholes_are_different_slots() {
    no_number(
        "About 22 percent of students in the city are vegetarian.",
        "About 31 percent of adults in the city are vegetarian.",
    );
    number(
        "About 22 percent of students in the city are vegetarian.",
        "About 31 percent of students in the city are vegetarian.",
    );
}

#[test]
fn the_only_sums_of_money_of_two_sides_conflict_wherever_they_stand() {
    use crate::score::relation::Side;
    let lone = |a: &str, b: &str| super::detect_lone(&Side::from_text(a, 0), &Side::from_text(b, 0));
    let r = lone(
        "Fixing the old pier will cost about €3 million, engineers said.",
        "The port authority plans to spend €5 million on the pier.",
    )
    .expect("a conflict");
    assert_eq!((r.a[0].text.as_str(), r.b[0].text.as_str()), ("€3 million", "€5 million"));
    // the same sum, two sums on one side, or counts rather than money: nothing
    assert!(lone("It will cost $4 million.", "They will spend $4 million.").is_none());
    assert!(lone("It costs $4 million, up from $2 million.", "They will spend $6 million.").is_none());
    assert!(lone("The quake injured five people.", "The quake killed 10 people.").is_none());
}
