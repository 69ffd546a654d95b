//! Tests of the speaker span a claim reports.

use super::*;

fn speaker_and_content(s: &str) -> (String, String) {
    let qs = quotes::find_quotes(s, &[Span::new(0, s.len())]);
    let p = analyse(s, Span::new(0, s.len()), &qs);
    assert_eq!(p.len(), 1, "{s}");
    let (who, _) = p[0].speaker.expect("a speaker");
    (s[who.start..who.end].to_string(), s[p[0].content.start..p[0].content.end].to_string())
}

#[test]
fn according_to_reports_its_source_without_the_time_it_reported() {
    let cases = [
        ("According to a council report earlier this year, rents rose.", "a council report", "rents rose"),
        ("According to a poll in May, turnout fell.", "a poll", "turnout fell"),
        ("According to a statement on Monday, the mine will close.", "a statement", "the mine will close"),
        (
            "Rents rose by a third, according to the housing office last week.",
            "the housing office",
            "Rents rose by a third",
        ),
        // The time belongs to the source's own noun phrase, or is part of a name.
        ("According to a study from 2018, rents rose.", "a study from 2018", "rents rose"),
        ("According to figures released last week, rents rose.", "figures released last week", "rents rose"),
        (
            "According to a survey published on Friday, rents rose.",
            "a survey published on Friday",
            "rents rose",
        ),
        ("According to a poll out Thursday, turnout fell.", "a poll out Thursday", "turnout fell"),
        ("According to Theresa May, the deal is done.", "Theresa May", "the deal is done"),
        ("According to April Ryan, the briefing was cut.", "April Ryan", "the briefing was cut"),
    ];
    for (s, who, content) in cases {
        assert_eq!(speaker_and_content(s), (who.to_string(), content.to_string()), "{s}");
    }
}

#[test]
fn a_headline_name_and_colon_holds_the_attributions_after_it() {
    let s = "Ortega: Reyes should have thanked the harbor crews";
    let qs = quotes::find_quotes(s, &[Span::new(0, s.len())]);
    let p = analyse(s, Span::new(0, s.len()), &qs);
    let text = |sp: Span| &s[sp.start..sp.end];
    let got: Vec<(&str, &str, &str, Option<usize>)> = p
        .iter()
        .map(|p| {
            let (who, cue) = p.speaker.expect("a speaker");
            (text(who), text(cue), text(p.content), p.within)
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Ortega", ":", "Reyes should have thanked the harbor crews", None),
            ("Reyes", "thanked", "the harbor crews", Some(0)),
        ]
    );
    // A label is no speaker: the cue after it stands alone.
    let s = "Update: Reyes thanked the harbor crews";
    let p = analyse(s, Span::new(0, s.len()), &[]);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].speaker.map(|(who, _)| &s[who.start..who.end]), Some("Reyes"));
}

#[test]
fn an_opening_poll_phrase_reports_the_clause_after_it() {
    let cases = [
        (
            "In a Gazette poll released Monday, 48 percent of voters backed the levy.",
            "a Gazette poll released Monday",
            "48 percent of voters backed the levy",
        ),
        (
            "In the county survey, most tenants wanted lower rents.",
            "the county survey",
            "most tenants wanted lower rents",
        ),
    ];
    for (s, who, content) in cases {
        assert_eq!(speaker_and_content(s), (who.to_string(), content.to_string()), "{s}");
    }
}

#[test]
fn records_and_findings_show_and_find() {
    let cases = [
        ("Exit polling showed that older voters stayed home.", "Exit polling", "older voters stayed home"),
        ("The inquiry found that the fund was misused.", "The inquiry", "the fund was misused"),
        ("A video shows the mayor at the rally.", "A video", "the mayor at the rally"),
        ("The results show the levy passing easily.", "The results", "the levy passing easily"),
    ];
    for (s, who, content) in cases {
        assert_eq!(speaker_and_content(s), (who.to_string(), content.to_string()), "{s}");
    }
}
