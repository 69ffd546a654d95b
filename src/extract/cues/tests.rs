use super::*;

#[test]
fn inflections() {
    assert_eq!(inflect("warn"), vec!["warn", "warns", "warned", "warning"]);
    assert_eq!(inflect("argue"), vec!["argue", "argues", "argued", "arguing"]);
    assert_eq!(inflect("deny"), vec!["deny", "denies", "denied", "denying"]);
    assert_eq!(inflect("stress"), vec!["stress", "stresses", "stressed", "stressing"]);
    assert_eq!(inflect("say"), vec!["say", "says", "saying", "said"]);
    assert!(inflect("admit").contains(&"admitting".to_string()));
    assert!(inflect("point out").contains(&"pointed out".to_string()));
}

#[test]
fn noun_senses_are_left_out() {
    let p = format!("|{}|", pattern());
    assert!(p.contains("|said|") && p.contains("|believes|") && p.contains("|supported|"));
    assert!(!p.contains("|state|") && !p.contains("|emails|") && !p.contains("|support|"));
}

#[test]
fn inversion() {
    assert!(allows_inversion("said") && allows_inversion("added"));
    assert!(!allows_inversion("told") && !allows_inversion("urged"));
}

#[test]
fn phrasal_cues_inflect() {
    let p = format!("|{}|", pattern());
    assert!(p.contains(r"|shot\s+back|") && p.contains(r"|making\s+clear|"));
    assert!(p.contains(r"|made\s+it\s+clear|") && !p.contains("|shooted|"));
}

#[test]
fn colon_labels_are_not_speakers() {
    assert!(!colon_label("Mayor Lee", "We will rebuild the bridge by spring."));
    assert!(!colon_label("HARRIS", "Well, I think the vote went our way."));
    assert!(colon_label("Revealed", "The ten worst bridges in the state are here"));
    assert!(colon_label("Lee", "Hold the line"));
    assert!(!colon_label("Lee", "~~~~~~~~~~~~~~~~~~~~"));
    assert!(colon_label("Big Day For Lee", "Voters head to the polls in three states"));
    assert!(colon_label("The Long Road", "A history of the bridge and its builders"));
    assert!(colon_label("Ohio", "Ann Lee, Bo Kim, Carl Moss, Dana Ruiz and Eve Park"));
}

#[test]
fn speech_and_stance() {
    assert!(!is_stance_only("said"));
    assert!(!is_stance_only("pointed out"));
    assert!(is_stance_only("believes"));
    assert!(is_stance_only("shows"));
}

#[test]
fn denials() {
    for cue in ["denied", "Denies", "flatly disputed", "rebutted", "refuting"] {
        assert!(super::is_denial(cue), "{cue}");
    }
    for cue in ["said", "told reporters", "rebuted", "dented"] {
        assert!(!super::is_denial(cue), "{cue}");
    }
}

mod form_lookups {
    use super::*;
    use proptest::prelude::*;

    fn normal(form: &str) -> String {
        form.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    const PIECES: &[&str] = &[
        "said", "Said", "endorsed", "talked", "about", "point", "out", "told", "urged", "added", "x", "É",
        "é",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        /// The lookups without allocation agree with the normal form looked up.
        #[test]
        fn plain_forms_look_up_as_their_normal_form(
            picks in proptest::collection::vec((0..PIECES.len(), 0..5usize), 0..4)
        ) {
            let mut form = String::new();
            for (i, sep) in picks {
                form.push_str([" ", "", "  ", "\t", "\u{a0}"][sep]);
                form.push_str(PIECES[i]);
            }
            let n = normal(&form);
            prop_assert_eq!(takes_object(&form), object_forms().binary_search(&n.to_lowercase()).is_ok());
            prop_assert_eq!(is_stance_only(&form), forms(SPEECH).binary_search(&n).is_err());
            prop_assert_eq!(allows_inversion(&form), forms(INVERTIBLE).binary_search(&n).is_ok());
        }
    }

    #[test]
    fn plain_forms() {
        assert!(is_plain_form("said") && is_plain_form("point out") && is_plain_form(""));
        assert!(!is_plain_form("Said") && !is_plain_form("point  out") && !is_plain_form(" said"));
        assert!(!is_plain_form("point\tout") && !is_plain_form("dij\u{e9}"));
        assert!(takes_object("talked about") && takes_object("Talked  about"));
    }
}
