use super::*;

/// Quotations found over the sentence as one paragraph.
fn parts(s: &str) -> Vec<(String, String, String, ClaimKind)> {
    let qs = quotes::find_quotes(s, &[Span::new(0, s.len())]);
    analyse(s, Span::new(0, s.len()), &qs)
        .into_iter()
        .map(|p| {
            let (who, cue) = p.speaker.map_or((String::new(), String::new()), |(a, c)| {
                (s[a.start..a.end].to_string(), s[c.start..c.end].to_string())
            });
            (who, cue, s[p.content.start..p.content.end].to_string(), p.kind)
        })
        .collect()
}

fn one(s: &str) -> (String, String, String, ClaimKind) {
    let mut p = parts(s);
    assert_eq!(p.len(), 1, "{s}: {p:?}");
    p.remove(0)
}

#[test]
fn quote_before_attribution_is_the_content() {
    let p = one("\"We never pay guests,\" Hale said during a panel on Thursday with reporters.");
    assert_eq!((p.0.as_str(), p.2.as_str(), p.3), ("Hale", "We never pay guests", ClaimKind::Direct));
}

#[test]
fn quote_before_a_speaker_with_words_in_front_of_the_name() {
    let p = one("\"The levy is fair,\" the Republican said this week.");
    assert_eq!((p.2.as_str(), p.3), ("The levy is fair", ClaimKind::Direct));
    let p = one("\"Vote early!\" Leeds party chair Ann Cole wrote on Facebook.");
    assert_eq!((p.0.as_str(), p.2.as_str()), ("Ann Cole", "Vote early!"));
    // A clause word between them: the quotation is not the attribution's.
    assert!(!speaker_premodifier("\"Enough,\"", " and then Ann Cole "));
    assert!(!speaker_premodifier("\"Enough.\"", " The mayor "));
}

#[test]
fn an_adjunct_after_the_cue_is_not_the_content() {
    // The clause before is the content ...
    let p = one("The ferry will run again in May, the harbour master said on Monday.");
    assert_eq!((p.0.as_str(), p.2.as_str()), ("the harbour master", "The ferry will run again in May"));
    // ... and with no clause before there is no attribution in the sentence.
    let p = one("Okafor reported from Lagos.");
    assert_eq!((p.0.as_str(), p.3), ("", ClaimKind::Assertion));
    // A clause after the adjunct is content.
    let p = one("Okafor said on Monday that the ferry will run.");
    assert_eq!(p.2, "the ferry will run");
    // A bare weekday or `yesterday` after the cue, as news agencies write it.
    for s in [
        "Okafor said Tuesday the ferry will run.",
        "Okafor said Thursday that the ferry will run.",
        "Okafor said yesterday the ferry will run.",
    ] {
        assert_eq!(one(s).2, "the ferry will run", "{s}");
    }
    for adjunct in ["Tuesday night in Lagos", "yesterday", "Tuesday"] {
        assert!(adjunct_only(adjunct, Span::new(0, adjunct.len())), "{adjunct}");
    }
    assert!(!adjunct_only("on the beach the tide was out", Span::new(0, 29)));
}

#[test]
fn a_summing_up_tail_after_the_attribution_is_not_the_content() {
    for s in [
        "The port will spend $40 million on new cranes, officials said Monday, a sum twice last year's budget.",
        "The port will spend $40 million on new cranes, officials said, a sum twice last year's budget.",
    ] {
        let p = one(s);
        assert_eq!((p.0.as_str(), p.2.as_str()), ("officials", "The port will spend $40 million on new cranes"));
    }
    // A reported clause between commas still takes both sides.
    let p = one("The cranes, officials said, would arrive in May.");
    assert_eq!(p.2, "The cranes, officials said, would arrive in May");
}

#[test]
fn quotation_closing_a_clause_keeps_the_clause() {
    let p = one("The new stadium is \"a gift to the city,\" Okafor said on Tuesday.");
    assert_eq!((p.2.as_str(), p.3), ("The new stadium is \"a gift to the city,\"", ClaimKind::Mixed));
    // After a colon the quotation stands alone.
    let p = one("Her verdict: \"a gift to the city,\" Okafor said.");
    assert_eq!(p.2, "a gift to the city");
}

#[test]
fn attribution_inside_a_quote() {
    let p = one("“First of all,” she told the host, “nobody asked me.”");
    assert_eq!(p.2, "First of all,” she told the host, “nobody asked me");
    assert_eq!(p.3, ClaimKind::Direct);
}

#[test]
fn content_after_cue_and_object() {
    let p = one("The mayor told a local radio station on Friday that the bridge would reopen.");
    assert_eq!((p.0.as_str(), p.2.as_str()), ("The mayor", "the bridge would reopen"));
    let p = one("Marta Diaz, 34, a nurse from Leeds, said she voted for the first time.");
    assert_eq!((p.0.as_str(), p.2.as_str()), ("Marta Diaz", "she voted for the first time"));
}

#[test]
fn according_to_takes_the_clause_before_or_after() {
    let p = one("Rents rose by a third last year, according to the city housing office.");
    assert_eq!((p.0.as_str(), p.2.as_str()), ("the city housing office", "Rents rose by a third last year"));
    let p = one("According to court records, the firm paid no tax.");
    assert_eq!((p.0.as_str(), p.2.as_str()), ("court records", "the firm paid no tax"));
}

#[test]
fn two_attributions_in_one_sentence() {
    let p = parts("Ortiz said the vote was fair, and Klein said it was rigged.");
    let got: Vec<(&str, &str)> = p.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
    assert_eq!(got, vec![("Ortiz", "the vote was fair"), ("Klein", "it was rigged")]);
}

#[test]
fn nested_attribution() {
    let p = parts("Brandt said the minister told him the deal was off.");
    let got: Vec<(&str, &str)> = p.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
    assert_eq!(
        got,
        vec![("Brandt", "the minister told him the deal was off"), ("the minister", "the deal was off")]
    );
    let p = parts("Ruiz met the envoy and told a radio station that she had asked him to stay.");
    let got: Vec<(&str, &str)> = p.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
    assert_eq!(got, vec![("Ruiz", "she had asked him to stay"), ("she", "to stay")]);
}

/// (speaker, content, index of the outer part) of every part.
fn nesting(s: &str) -> Vec<(String, String, Option<usize>)> {
    let qs = quotes::find_quotes(s, &[Span::new(0, s.len())]);
    analyse(s, Span::new(0, s.len()), &qs)
        .into_iter()
        .map(|p| {
            let who = p.speaker.map_or(String::new(), |(a, _)| s[a.start..a.end].to_string());
            (who, s[p.content.start..p.content.end].to_string(), p.within)
        })
        .collect()
}

#[test]
fn reported_clause_holds_the_attributions_inside_it() {
    let n = nesting("Okafor notes that the harbour board announced on Monday that the pier would close.");
    assert_eq!(n[0].1, "the harbour board announced on Monday that the pier would close");
    assert_eq!((n[0].2, n[1].2), (None, Some(0)));
    let n = nesting("Reyes said she plans to spend the $2 million she says she raised on ads.");
    assert_eq!(n[0].1, "she plans to spend the $2 million she says she raised on ads");
    assert!(n.iter().skip(1).all(|p| p.2.is_some()), "{n:?}");
}

#[test]
fn according_to_after_an_attribution_and_its_adjunct_reports_it() {
    let n = nesting("\"The pier is unsafe,\" the mayor said at a briefing, according to the minutes.");
    assert_eq!(n.len(), 2);
    assert_eq!((n[0].1.as_str(), n[0].2), ("The pier is unsafe", Some(1)));
    assert_eq!((n[1].0.as_str(), n[1].1.as_str(), n[1].2), ("the minutes", "The pier is unsafe", None));
}

#[test]
fn an_attribution_right_after_a_comma_is_reported_by_the_one_before() {
    let n = nesting("According to the harbour board, the ferry crews said the pier is unsafe.");
    assert_eq!(n.len(), 2);
    assert_eq!(
        (n[0].0.as_str(), n[0].1.as_str(), n[0].2),
        ("the harbour board", "the ferry crews said the pier is unsafe", None)
    );
    assert_eq!((n[1].1.as_str(), n[1].2), ("the pier is unsafe", Some(0)));
    // A clause word after the comma opens a clause of its own.
    assert!(!comma_then_subject(", and", Span::new(0, 5)));
    assert!(comma_then_subject(", the", Span::new(0, 5)));
}

#[test]
fn according_to_after_an_attribution_reports_it() {
    let n = nesting("\"The file stays sealed,\" the judge said, according to the court clerk.");
    assert_eq!(n.len(), 2);
    assert_eq!((n[0].1.as_str(), n[0].2), ("The file stays sealed", Some(1)));
    assert_eq!(
        (n[1].0.as_str(), n[1].1.as_str(), n[1].2),
        ("the court clerk", "The file stays sealed", None)
    );
}

#[test]
fn a_clause_break_separates_attributions() {
    for s in [
        "Reyes said the vote was close, while Lane said it was a rout.",
        "Reyes said the vote was close but Lane said it was a rout.",
        "Reyes praised the count, which Lane described as a farce.",
    ] {
        let n = nesting(s);
        assert!(n.len() == 2 && n.iter().all(|p| p.2.is_none()), "{s}: {n:?}");
    }
}

#[test]
fn a_closing_attribution_reports_the_one_before() {
    let n = nesting("The council said the pool will close in May, the local paper reported.");
    assert_eq!(n.len(), 2);
    assert_eq!((n[0].1.as_str(), n[0].2), ("the pool will close in May", Some(1)));
    assert_eq!(
        (n[1].0.as_str(), n[1].1.as_str(), n[1].2),
        ("the local paper", "The council said the pool will close in May", None)
    );
    // Each with its own clause: two claims side by side.
    let n = nesting("The council said the pool will close, and the mayor said it will not.");
    assert!(n.len() == 2 && n.iter().all(|p| p.2.is_none()), "{n:?}");
}

#[test]
fn attribution_between_commas_takes_both_sides() {
    let p = one("Without a budget, the treasurer said, the school will close in May.");
    assert_eq!(p.2, "Without a budget, the treasurer said, the school will close in May");
}

#[test]
fn participle_cue_keeps_the_speaker() {
    let p = parts("\"It is late,\" Moreau said, adding that the train had stopped.");
    let got: Vec<(&str, &str)> = p.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
    assert_eq!(got, vec![("Moreau", "It is late"), ("Moreau", "the train had stopped")]);
    // The participle owns the quotation after it; the clause before is the first cue's.
    let p = parts("The ferry will run again next month, Moreau said, adding, \"We owe it to them.\"");
    let got: Vec<(&str, &str)> = p.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
    assert_eq!(got, vec![("Moreau", "The ferry will run again next month"), ("Moreau", "We owe it to them")]);
}

#[test]
fn content_ends_at_a_new_clause() {
    let p = one("Mrs. Ortiz said she will fill half the posts with women, and Ms. Lamb is a likely pick.");
    assert_eq!(p.2, "she will fill half the posts with women");
    let p = parts("Grant said the talks had failed and predicted that prices would rise.");
    let got: Vec<(&str, &str)> = p.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
    assert_eq!(got, vec![("Grant", "the talks had failed"), ("Grant", "prices would rise")]);
}

#[test]
fn words_running_into_the_speaker_are_not_content() {
    // `Former party chair` is the speaker's title, not a clause before it.
    let p = one("Former party chair Ann Cole said on Monday.");
    assert_eq!((p.0.as_str(), p.3), ("", ClaimKind::Assertion));
    let p = one("Former party chair Ann Cole said the vote was fair.");
    assert_eq!((p.0.as_str(), p.2.as_str()), ("Former party chair Ann Cole", "the vote was fair"));
    // After a comma the clause before is content.
    let p = one("The vote was fair, Ann Cole said on Monday.");
    assert_eq!(p.2, "The vote was fair");
}

#[test]
fn content_runs_on_past_a_dash() {
    let p = one("Reed said the new bridge — long delayed — will open in June.");
    assert_eq!(p.2, "the new bridge — long delayed — will open in June");
    let p = one("Reed wants to lead the party — and to win the seat back.");
    assert_eq!(p.2, "to lead the party — and to win the seat back");
}

#[test]
fn content_is_not_cut_at_a_list_comma_or_inside_quotes() {
    let c = |s: &str| one(s).2;
    assert_eq!(
        c("Reed noted that officials met Chinese, Japanese, and South Korean envoys."),
        "officials met Chinese, Japanese, and South Korean envoys"
    );
    assert_eq!(
        c("Reed said the plan was \"bad; really bad\" for farmers."),
        "the plan was \"bad; really bad\" for farmers"
    );
    assert_eq!(c("Reed said the plan was bad; farmers disagree."), "the plan was bad");
}

#[test]
fn headline_colon_names_the_speaker() {
    let p = one("Senator Reyes: We Will Not Back Down On Water");
    assert_eq!(
        (p.0.as_str(), p.1.as_str(), p.2.as_str()),
        ("Senator Reyes", ":", "We Will Not Back Down On Water")
    );
    assert_eq!(one("Update: The road is open again").0, "");
}

#[test]
fn a_relative_clause_can_be_reported() {
    let (who, cue, content, _) =
        one("The new fees, which officials said will start in May, apply to all boats.");
    assert_eq!((who.as_str(), cue.as_str(), content.as_str()), ("officials", "said", "will start in May"));
    // Inside another attribution's words it stays a noun phrase of that content.
    let p = parts("Lee said the fees, which officials said will start in May, are fair.");
    assert_eq!(p.len(), 1, "{p:?}");
    // Without a relative pronoun a finite verb after the cue word makes it a noun.
    assert!(parts("Insurance claims are rising.")[0].0.is_empty());
}

#[test]
fn a_cue_followed_by_up_by_or_and_reports_nothing() {
    for s in [
        "Two hundred fans showed up at the town hall on Friday.",
        "The mayor responded by closing the pier.",
        "Okafor sought and won the seat in May.",
    ] {
        assert!(parts(s).iter().all(|p| p.0.is_empty()), "{s}: {:?}", parts(s));
    }
    // Other words after the cue stay the content.
    assert_eq!(one("Okafor said the pier would reopen by May.").2, "the pier would reopen by May");
}

#[test]
fn no_attribution() {
    let p = one("The river rose two metres overnight.");
    assert_eq!((p.0.as_str(), p.3), ("", ClaimKind::Assertion));
}

#[test]
fn content_inside_a_fronted_clause_ends_at_its_comma() {
    let p = one("Even as an aide called the plan reckless last week, the mayor has backed it.");
    assert_eq!((p.0.as_str(), p.2.as_str()), ("an aide", "the plan reckless last week"));
    let p = one("But, while the union argued that wages lagged, Ortega in the end signed the deal.");
    assert_eq!(p.2, "wages lagged");
    let p = one("Although Kim said the bridge was safe, engineers closed it on Monday.");
    assert_eq!(p.2, "the bridge was safe");
    // A comma inside the clause not followed by a subject and verb: no cut there.
    let p = one("While Kim said taxes, fees and tolls would rise, the council voted no.");
    assert_eq!(p.2, "taxes, fees and tolls would rise");
    // Not a fronted clause: the content runs on.
    let p = one("Kim said the bridge was safe, engineers closed it anyway.");
    assert_eq!(p.2, "the bridge was safe, engineers closed it anyway");
}

#[test]
fn a_content_keeps_the_closing_mark_of_a_quotation_it_opens() {
    // Trimming the sentence's end (`”.`) must not leave the last quotation open.
    let p = one("Last month the ministry called the toll road a “costly and needless project”.");
    assert_eq!(p.2, "the toll road a “costly and needless project”");
    assert_eq!(p.3, ClaimKind::Mixed);
    let p = one("The mayor said the plan was “dead on arrival.”");
    assert_eq!(p.2, "the plan was “dead on arrival.”");
    // Balanced quotations inside and a direct quotation are left as they were.
    let p = one("The mayor called it a “disgrace” on Monday.");
    assert_eq!(p.2, "it a “disgrace” on Monday");
    let p = one("“We will not sign,” the mayor said.");
    assert_eq!(p.2, "We will not sign");
}

#[test]
fn a_single_quoted_fragment_keeps_its_closing_mark() {
    let p = parts("Ortega says she wants to govern 'with an open door'");
    assert_eq!(p[0].2, "she wants to govern 'with an open door'");
    assert_eq!(p[1].2, "to govern 'with an open door'");
    // Curly marks too (the opening one is three bytes long).
    let p = parts("Ortega says she wants to govern ‘with an open door’");
    assert_eq!(p[0].2, "she wants to govern ‘with an open door’");
    let p = parts("Ortega says she wants to govern ‘with an open door’ at ‘all times’");
    assert_eq!(p[0].2, "she wants to govern ‘with an open door’ at ‘all times’");
    // A curly opening mark closed by a straight one (mixed typography in scraped text).
    let p = parts("Ortega says she wants to govern ‘with an open door'");
    assert_eq!(p[0].2, "she wants to govern ‘with an open door'");
    // A mark after a word opens nothing: no opening mark in the content, nothing to close.
    let p = one("Ortega says the plan suits the Smiths'");
    assert_eq!(p.2, "the plan suits the Smiths");
}

#[test]
fn an_apposition_or_comparison_after_the_reported_clause_is_not_content() {
    let p = one("Ruiz said the ferry would run twice a day, a boost for the islanders.");
    assert_eq!(p.2, "the ferry would run twice a day");
    let p = one("In the new poll 38 percent said they back the levy, compared with 29 percent in May.");
    assert_eq!(p.2, "they back the levy");
}

#[test]
fn a_closing_abbreviation_keeps_its_full_stop() {
    let p = one("The minister said the ban covers goods shipped from the U.S.");
    assert_eq!(p.2, "the ban covers goods shipped from the U.S.");
    let p = one("Lee said the buyer was Acme Inc.");
    assert_eq!(p.2, "the buyer was Acme Inc.");
    // An ordinary last word loses the sentence's full stop.
    let p = one("Lee said the buyer was Acme.");
    assert_eq!(p.2, "the buyer was Acme");
}

#[test]
fn a_speaker_between_commas_after_two_words_takes_both_sides() {
    let p = one("The bridge, Kim said, was never safe.");
    assert_eq!((p.0.as_str(), p.2.as_str()), ("Kim", "The bridge, Kim said, was never safe"));
    // One word before the comma is an opener, not content.
    let p = one("Later, Kim said, the bridge was closed.");
    assert_eq!(p.2, "the bridge was closed");
}

#[test]
fn according_to_between_commas_takes_both_sides() {
    let p = one("The ferry line earns, according to its own filings, about $3 million a year.");
    assert_eq!(
        (p.0.as_str(), p.2.as_str()),
        ("its own filings", "The ferry line earns, according to its own filings, about $3 million a year")
    );
    // An apposition of the source after its comma is not content.
    let p = one("Fees rose by a third, according to the harbour board, the port's governing body.");
    assert_eq!(p.2, "Fees rose by a third");
    // Opening or closing the sentence, it still takes one side.
    let p = one("The ferry line earns $3 million a year, according to its filings.");
    assert_eq!(p.2, "The ferry line earns $3 million a year");
}

#[test]
fn a_subordinate_clause_keeps_the_attribution_inside_it() {
    let n = nesting("Okafor said she left the meeting early because she believed the vote was rigged.");
    assert_eq!(n.len(), 2, "{n:?}");
    assert_eq!(n[0].1, "she left the meeting early because she believed the vote was rigged");
    assert_eq!((n[0].2, n[1].2), (None, Some(0)));
    // A coordinated clause with a speech verb is still a claim of its own (one with an
    // attitude verb, `and Brandt believed …`, is inside what was said: see `stance_within`).
    let n = nesting("Okafor said she left the meeting early and Brandt wrote that the vote was rigged.");
    assert!(n.len() == 2 && n.iter().all(|p| p.2.is_none()), "{n:?}");
}

#[test]
fn a_that_after_a_clause_of_its_own_is_not_a_lead_in() {
    // An object before `that`: the content starts after it ...
    let p = one("Lindqvist told the harbour board on Monday that the pier would close.");
    assert_eq!(p.2, "the pier would close");
    // ... but not after a clause with its own verb, nor at a relative `that`.
    let p = one("Lindqvist said it was unfair to compare the old pier with that of the new port.");
    assert_eq!(p.2, "it was unfair to compare the old pier with that of the new port");
    let p = one("Lindqvist said the new rules would not stop the closures that are planned.");
    assert_eq!(p.2, "the new rules would not stop the closures that are planned");
    let p = one("Lindqvist said the ferries from the islands that were sold are gone.");
    assert_eq!(p.2, "the ferries from the islands that were sold are gone");
}

#[test]
fn a_relative_clause_after_a_comma_reports_on_its_own() {
    let p = parts("Okafor urged the board to keep the pier open, which she said was the only fair choice.");
    let got: Vec<(&str, &str)> = p.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
    assert_eq!(got, vec![("Okafor", "the board to keep the pier open"), ("she", "was the only fair choice")]);
    // Without the comma the relative clause stays inside the first content.
    let p = parts("Okafor said the plan which she said was fair had passed.");
    assert_eq!(p[0].2, "the plan which she said was fair had passed");
}

#[test]
fn a_content_does_not_end_with_a_joining_word() {
    let p = one("The pool will close in May, as the local paper reported.");
    assert_eq!((p.0.as_str(), p.2.as_str()), ("the local paper", "The pool will close in May"));
}

#[test]
fn whom_a_cue_tells_is_not_its_content() {
    let p = one("The pier will close in May, a harbour spokesman told The Coast Gazette on Friday.");
    assert_eq!((p.0.as_str(), p.2.as_str()), ("a harbour spokesman", "The pier will close in May"));
    // With no clause before, what follows the cue is still the content.
    let p = one("A harbour spokesman told reporters the pier will close.");
    assert_eq!(p.2, "the pier will close");
    assert!(!addressee_only("told", "the council to wait", Span::new(0, 19)));
    assert!(addressee_only("told", "The Coast Gazette on Friday", Span::new(0, 27)));
    assert!(!addressee_only("said", "The Coast Gazette", Span::new(0, 17)));
}

#[test]
fn a_main_clause_before_a_reported_relative_clause_is_an_assertion() {
    let p = parts("The council voted 8-3 to fund the tram, which officials estimate will cost $150 million.");
    let got: Vec<(&str, &str, ClaimKind)> = p.iter().map(|x| (x.0.as_str(), x.2.as_str(), x.3)).collect();
    assert_eq!(got[0], ("", "The council voted 8-3 to fund the tram", ClaimKind::Assertion));
    assert_eq!(got[1].0, "officials");
    let p = parts("Voters backed Mayor Cole, who told reporters that the pool would reopen.");
    assert_eq!((p[0].2.as_str(), p[0].3), ("Voters backed Mayor Cole", ClaimKind::Assertion));
    // A fronted adjunct or a short noun phrase before the relative is no main clause.
    assert_eq!(parts("On Friday, the ministry said rates would rise.").len(), 1);
    assert_eq!(parts("The rules, which officials said will take effect in June, apply to all.").len(), 1);
    assert_eq!(parts("Taxes will rise next year, the minister said.").len(), 1);
}

#[test]
fn finding_oneself_somewhere_is_no_finding() {
    for s in [
        "Okafor found herself in a fight with her own party.",
        "The ferry company found ways to cut its fuel bill.",
        "The council found a way to keep the pier open.",
    ] {
        assert_eq!(one(s).3, ClaimKind::Assertion, "{s}");
    }
    let p = one("A study by the harbour board found the pier was unsafe.");
    assert_eq!(p.2, "the pier was unsafe");
}

#[test]
fn a_short_quoted_title_before_the_speaker_is_not_the_content() {
    let p = one("Speaking on the radio show \"Harbour Hour,\" Okafor said the pier would reopen in May.");
    assert_eq!((p.0.as_str(), p.2.as_str()), ("Okafor", "the pier would reopen in May"));
    // A quotation that is the clause's end stays the content.
    let p = one("The new stadium is \"a gift to the city,\" Okafor said on Tuesday.");
    assert_eq!(p.2, "The new stadium is \"a gift to the city,\"");
}

#[test]
fn adding_to_something_reports_nothing() {
    for s in
        ["Okafor added to her lead in the count on Tuesday.", "The delay adds to the costs of the new pier."]
    {
        assert_eq!(one(s).3, ClaimKind::Assertion, "{s}");
    }
    let p = one("Okafor added that the pier would reopen.");
    assert_eq!((p.0.as_str(), p.2.as_str()), ("Okafor", "the pier would reopen"));
}

#[test]
fn not_answering_a_request_reports_nothing() {
    for s in [
        "Barros did not respond to a request for comment on Wednesday.",
        "The agency has not replied to repeated emails.",
    ] {
        assert_eq!(one(s).3, ClaimKind::Assertion, "{s}");
    }
    // An answer with words of its own is still reported.
    let p = one("Barros responded to the critics with a letter.");
    assert_eq!((p.0.as_str(), p.3), ("Barros", ClaimKind::Indirect));
    let p = one("Barros replied that the figures were wrong.");
    assert_eq!((p.0.as_str(), p.2.as_str()), ("Barros", "the figures were wrong"));
}
