use super::*;

#[test]
fn titles_surnames_pronouns() {
    let mut r = SpeakerResolver::new(&BTreeMap::new());
    assert_eq!(r.resolve("German Chancellor Angela Merkel").name, "Angela Merkel");
    assert_eq!(r.resolve("Merkel").name, "Angela Merkel");
    assert_eq!(r.resolve("Chancellor Merkel").name, "Angela Merkel");
    assert_eq!(r.resolve("the chancellor").name, "Angela Merkel");
    assert_eq!(r.resolve("she").name, "Angela Merkel");
    let anon = r.resolve("a senior finance ministry official");
    assert!(anon.anonymous);
    assert_eq!(anon.name, "a senior finance ministry official");
}

#[test]
fn possessive_speakers_are_their_owners() {
    let mut r = SpeakerResolver::new(&BTreeMap::new());
    assert_eq!(r.resolve("Mayor Ines Calder’s").name, "Ines Calder");
    assert_eq!(r.resolve("Calder's").name, "Ines Calder");
    assert_eq!(r.resolve("her").name, "Ines Calder");
    assert_eq!(r.resolve("His").name, "Ines Calder");
    let they = r.resolve("their");
    assert_eq!((they.name.as_str(), they.anonymous), ("they", true));
    assert_eq!(r.resolve("the growers'").name, "the growers");
}

#[test]
fn a_name_after_a_lower_case_description() {
    let mut r = SpeakerResolver::new(&BTreeMap::new());
    let union = r.resolve("union leader Marta de Vries");
    assert_eq!((union.name.as_str(), union.anonymous), ("Marta de Vries", false));
    assert_eq!(r.resolve("Harbour Authority chief Elena Marsh").name, "Elena Marsh");
    assert_eq!(r.resolve("Marsh").name, "Elena Marsh");
    assert_eq!(r.resolve("the chief").name, "Elena Marsh");
    assert_eq!(r.resolve("union leader Ruiz").name, "Ruiz");
    assert!(r.resolve("veteran Republicans").anonymous);
    assert_eq!(
        split_title("Green Party campaign manager Lou Perez"),
        (vec!["green".into(), "party".into(), "campaign".into(), "manager".into()], "Lou Perez".into())
    );
    // Someone described by a relation to a name stays anonymous.
    for anon in ["aides close to Marta de Vries", "critics of Lou Perez", "a lawyer for Ann Lee"] {
        let got = r.resolve(anon);
        assert_eq!((got.name.as_str(), got.anonymous), (anon, true));
    }
}

#[test]
fn pronouns_skip_states_and_bodies() {
    let mut r = SpeakerResolver::new(&BTreeMap::new());
    assert_eq!(r.resolve("Prime Minister Ana Costa").name, "Ana Costa");
    assert_eq!(r.resolve("Lisbon").name, "Lisbon");
    assert_eq!(r.resolve("the Foreign Ministry").name, "the Foreign Ministry");
    assert_eq!(r.resolve("Brazil").name, "Brazil");
    assert_eq!(r.resolve("she").name, "Ana Costa");
    assert_eq!(r.resolve("Okafor").name, "Okafor");
    assert_eq!(r.resolve("he").name, "Okafor");
}

#[test]
fn place_names_keep_their_compass_word() {
    let mut r = SpeakerResolver::new(&BTreeMap::new());
    r.register("South Sudan-Kenya");
    assert_eq!(r.resolve("South Sudan").name, "South Sudan");
    assert_eq!(split_title("North Korean leader Kim Jong Un").1, "Kim Jong Un");
}

#[test]
fn role_titles_and_a_word_before_a_head_title() {
    for (phrase, name) in [
        ("Chief Engineer Rosa Lind", "Rosa Lind"),
        ("Deputy Director Sam Ortiz", "Sam Ortiz"),
        ("Chief Economist Mary Chen", "Mary Chen"),
        ("Professor Ann Lee", "Ann Lee"),
        ("Sheriff Dan Ortiz", "Dan Ortiz"),
        ("Police Chief Ana Ruiz", "Ana Ruiz"),
        ("Health Minister Aso", "Aso"),
        ("Surgeon General Vivek Rao", "Vivek Rao"),
        // A first name that ends like a role stays a name.
        ("Sen. Walker Smith", "Walker Smith"),
        ("Victor Manuel Ortiz", "Victor Manuel Ortiz"),
        ("Jennifer Lopez", "Jennifer Lopez"),
        ("Martin Luther King", "Martin Luther King"),
        ("President Jimmy Carter", "Jimmy Carter"),
    ] {
        assert_eq!(split_title(phrase).1, name, "{phrase}");
    }
    let mut r = SpeakerResolver::new(&BTreeMap::new());
    assert_eq!(r.resolve("Chief Engineer Rosa Lind").name, "Rosa Lind");
    assert_eq!(r.resolve("Lind").name, "Rosa Lind");
    assert_eq!(r.resolve("the chief engineer").name, "Rosa Lind");
    assert_eq!(r.resolve("Gov. Paul Okafor").name, "Paul Okafor");
    assert_eq!(r.resolve("the governor").name, "Paul Okafor");
    assert!(r.resolve("the senator").anonymous);
}

#[test]
fn user_aliases() {
    let mut a = BTreeMap::new();
    a.insert("Joseph Biden".to_string(), vec!["Joe Biden".to_string(), "Biden".to_string()]);
    let mut r = SpeakerResolver::new(&a);
    assert_eq!(r.resolve("Joe Biden").name, "Joseph Biden");
    assert_eq!(r.resolve("Biden").name, "Joseph Biden");
}

#[test]
fn corpus_surnames() {
    let names = vec!["Abe".to_string(), "Shinzo Abe".to_string(), "Kim".to_string()];
    let m = corpus_canonical(&names);
    assert_eq!(m.get("Abe").map(String::as_str), Some("Shinzo Abe"));
    assert!(!m.contains_key("Kim"));
}
