//! Which speakers a user's `--speaker NAME` designates: the one rule behind `claims --speaker`
//! and `shift SPEAKER`, so both answer the same question the same way.
//!
//! A query names a speaker when it is its canonical name or the words an article used for it; a
//! user alias of its canonical name; the name without the title words in front (`Prime Minister
//! Abe` → `Abe`); one word of the canonical name (`Abe`, `Kim` → `Kim Jong Un`); the same last
//! word and the same first word or initial (`S. Abe`). A query made of title words only (`the
//! prime minister`) names the person an article introduced with that title (`Japanese Prime
//! Minister Shinzo Abe`), and then, through [`matching_names`], every claim of that person.
//! Anonymous sources match only their full description.

use std::collections::{BTreeMap, BTreeSet};

use super::speakers::{is_title, split_title};
use crate::model::{Document, Speaker};

/// Lower-case words of a name, punctuation dropped (`S. Abe` → `s`, `abe`).
fn name_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The person rule on word lists: equal, one query word in the name (or one name word in the
/// query), or the same last word and the same first word or initial.
fn same_person(q: &[String], name: &[String]) -> bool {
    if q.is_empty() || name.is_empty() {
        return false;
    }
    if q == name {
        return true;
    }
    if q.len() == 1 {
        return name.contains(&q[0]);
    }
    if name.len() == 1 {
        return q.contains(&name[0]);
    }
    let (qf, nf) = (&q[0], &name[0]);
    q.last() == name.last() && (qf == nf || nf.starts_with(qf.as_str()) || qf.starts_with(nf.as_str()))
}

/// The title words of a query made of nothing else (`the prime minister` → `prime minister`).
fn title_only(query: &str) -> Option<String> {
    let ws: Vec<String> = name_words(query);
    let ws: Vec<&str> =
        ws.iter().map(String::as_str).skip_while(|w| matches!(*w, "the" | "a" | "an")).collect();
    (!ws.is_empty() && ws.iter().all(|w| is_title(w))).then(|| ws.join(" "))
}

/// True when `query` names `speaker` (see the module docs; user aliases aside).
pub fn speaker_is(speaker: &Speaker, query: &str) -> bool {
    let q = name_words(query);
    if q.is_empty() {
        return false;
    }
    let name = name_words(&speaker.name);
    if name == q || name_words(&speaker.text) == q {
        return true;
    }
    if speaker.anonymous {
        return false;
    }
    if let Some(titles) = title_only(query) {
        let (used, _) = split_title(&speaker.text);
        return used.join(" ").ends_with(&titles);
    }
    let (_, bare) = split_title(query.trim());
    same_person(&q, &name) || same_person(&name_words(&bare), &name)
}

/// True when `query` names `speaker` or is a user alias of its canonical name.
pub fn speaker_or_alias_is(speaker: &Speaker, query: &str, aliases: &BTreeMap<String, Vec<String>>) -> bool {
    let (q, name) = (query.trim().to_lowercase(), speaker.name.to_lowercase());
    speaker_is(speaker, query)
        || aliases
            .iter()
            .filter(|(c, _)| c.to_lowercase() == name)
            .any(|(_, list)| list.iter().any(|a| a.to_lowercase() == q))
}

/// Canonical names of the speakers `query` names in `docs`: a claim whose words match brings in
/// every claim of the same speaker (`the prime minister` → all of Shinzo Abe's claims).
pub fn matching_names(
    docs: &[Document],
    query: &str,
    aliases: &BTreeMap<String, Vec<String>>,
) -> BTreeSet<String> {
    docs.iter()
        .flat_map(|d| d.claims.iter().flatten())
        .filter_map(|c| c.speaker.as_ref())
        .filter(|s| speaker_or_alias_is(s, query, aliases))
        .map(|s| s.name.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(name: &str, text: &str, anonymous: bool) -> Speaker {
        Speaker { name: name.into(), text: text.into(), start: 0, end: 0, anonymous }
    }

    #[test]
    fn names_with_and_without_titles() {
        let lopez = sp("Maria Lopez", "Lopez", false);
        for q in ["Maria Lopez", "lopez", "Mayor Lopez", "Mayor Maria Lopez", "M. Lopez", "Maria"] {
            assert!(speaker_is(&lopez, q), "{q}");
        }
        for q in ["Ana Lopez", "Mayor Ruiz", "", "the governor"] {
            assert!(!speaker_is(&lopez, q), "{q}");
        }
    }

    #[test]
    fn a_title_alone_names_the_person_introduced_with_it() {
        let introduced = sp("Maria Lopez", "Mayor Maria Lopez", false);
        assert!(speaker_is(&introduced, "the mayor"));
        assert!(speaker_is(&introduced, "Mayor"));
        assert!(!speaker_is(&introduced, "the governor"));
        // The title must have been used for her in the article.
        assert!(!speaker_is(&sp("Maria Lopez", "Lopez", false), "the mayor"));
    }

    #[test]
    fn anonymous_sources_match_only_their_description() {
        let anon = sp("an aide to the mayor", "an aide to the mayor", true);
        assert!(speaker_is(&anon, "An aide to the mayor"));
        assert!(!speaker_is(&anon, "the mayor"));
        assert!(!speaker_is(&anon, "aide"));
    }

    #[test]
    fn user_aliases_and_whole_speakers() {
        let mut aliases = BTreeMap::new();
        aliases.insert("Maria Lopez".to_string(), vec!["La Alcaldesa".to_string()]);
        assert!(speaker_or_alias_is(&sp("Maria Lopez", "she", false), "la alcaldesa", &aliases));
        assert!(!speaker_or_alias_is(&sp("Ana Ruiz", "Ruiz", false), "la alcaldesa", &aliases));
    }
}
