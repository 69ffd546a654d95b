//! Issue #3 item 6 on the bundled seeds: `claimdiff claims sources/abe-kim --format json` says who
//! said what. Every Abe quote in both articles (the Al Jazeera quotation that runs over two
//! paragraphs included) is Shinzo Abe's, Kono's is Taro Kono's, the two unnamed officials stay
//! anonymous, "Thursday" in the Nikkei article is 2019-02-28, Abe's May offer carries the
//! condition marker "unconditionally", and each statement carries the date it was made when the
//! text says it. The quotations are identified by their opening words, the expectations are the
//! articles' own facts; the rules that produce them are general and unit-tested on other text.

use assert_cmd::Command;
use serde_json::Value;

const AJ: &str = "sources/abe-kim/aljazeera-2019-05-02.txt";
const NIKKEI: &str = "sources/abe-kim/nikkei-2019-02-28.txt";

fn documents() -> Vec<Value> {
    let out = Command::cargo_bin("claimdiff")
        .unwrap_or_else(|e| panic!("binary: {e}"))
        .args(["claims", "sources/abe-kim", "--format", "json"])
        .output()
        .unwrap_or_else(|e| panic!("run: {e}"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("json: {e}"));
    v["documents"].as_array().cloned().unwrap_or_default()
}

fn doc<'a>(docs: &'a [Value], path: &str) -> &'a Value {
    docs.iter().find(|d| d["path"] == path).unwrap_or_else(|| panic!("{path} missing"))
}

/// The claim whose content starts with `opening` (after an optional quote mark).
fn claim<'a>(d: &'a Value, opening: &str) -> &'a Value {
    d["claims"]
        .as_array()
        .and_then(|cs| {
            cs.iter().find(|c| {
                c["content"]["text"]
                    .as_str()
                    .is_some_and(|t| t.trim_start_matches(['"', '“']).starts_with(opening))
            })
        })
        .unwrap_or_else(|| panic!("{}: no claim opening with {opening:?}", d["path"]))
}

fn speaker(c: &Value) -> (&str, bool) {
    (c["speaker"]["name"].as_str().unwrap_or("-"), c["speaker"]["anonymous"].as_bool().unwrap_or(false))
}

const ABE_AJ: &[&str] = &[
    "I want to meet Chairman Kim Jong Un unconditionally",
    "It is more than important for our country",
    "We can't break the shell of mutual distrust",
    // The quotation opened in the previous paragraph and never closed there.
    "I hope he is a leader who can make a decision",
];

const ABE_NIKKEI: &[&str] = &[
    "President [Donald] Trump brought up the abduction issue",
    "They had a serious discussion",
    "I know that I need to face Chairman Kim",
    "Japan and the U.S. will continue to cooperate",
];

#[test]
fn every_abe_quote_is_shinzo_abes_and_dated() {
    let docs = documents();
    for (path, quotes, date) in [(AJ, ABE_AJ, "2019-05-01"), (NIKKEI, ABE_NIKKEI, "2019-02-28")] {
        let d = doc(&docs, path);
        for q in quotes {
            let c = claim(d, q);
            assert_eq!(speaker(c), ("Shinzo Abe", false), "{path}: {q}");
            assert_eq!(c["kind"], "direct", "{path}: {q}");
            // Al Jazeera: the Sankei interview "on Wednesday" (2019-05-01); Nikkei: "on Thursday".
            assert_eq!(c["said_on"], date, "{path}: {q}");
        }
    }
}

#[test]
fn kono_and_the_anonymous_officials() {
    let docs = documents();
    let n = doc(&docs, NIKKEI);
    let kono = claim(n, "it is because");
    assert_eq!(speaker(kono), ("Taro Kono", false));
    assert_eq!(kono["kind"], "mixed");
    assert_eq!(kono["said_on"], "2019-02-28", "When asked Thursday …, Kono said");
    for q in ["This is better than the U.S.", "North Korea faces extreme economic difficulties"] {
        assert_eq!(speaker(claim(n, q)), ("an official close to Abe", true), "{q}");
    }
    let aj = doc(&docs, AJ);
    let official = claim(aj, "Japan-North Korea relations are in a stalemate");
    assert_eq!(speaker(official), ("a senior foreign ministry official in Tokyo", true));
}

#[test]
fn thursday_in_the_nikkei_article_is_the_publication_day() {
    let docs = documents();
    let n = doc(&docs, NIKKEI);
    let lead = claim(n, "a willingness to meet North Korean leader Kim Jong Un");
    assert_eq!(speaker(lead), ("Shinzo Abe", false));
    assert_eq!(lead["cue"]["text"], "signaled");
    assert_eq!(lead["said_on"], "2019-02-28", "Abe on Thursday signaled …, published Thursday 2019-02-28");
}

#[test]
fn unconditionally_marks_abes_may_claims() {
    let docs = documents();
    let aj = doc(&docs, AJ);
    for opening in
        ["to meet North Korean leader Kim Jong Un", "I want to meet Chairman Kim Jong Un unconditionally"]
    {
        let c = claim(aj, opening);
        assert_eq!(speaker(c), ("Shinzo Abe", false), "{opening}");
        let kinds: Vec<&str> = c["conditions"]
            .as_array()
            .map(|ms| ms.iter().filter_map(|m| m["kind"].as_str()).collect())
            .unwrap_or_default();
        assert!(kinds.contains(&"unconditional"), "{opening}: {kinds:?}");
    }
}
