//! Object cues: attitude verbs and verb + preposition phrases whose content is the noun phrase
//! they take (`endorsed Trump` → `Trump`, `talked about the harbor` → `the harbor`), not a
//! reported clause. Like stance verbs they need a named, pronoun or described source.
//!
//! Kept are the families whose new claims were at least 0.7 precise on PolNeAR train with the
//! object rule (`endorse` 35 matched / 9 false, `oppose` 15 / 5, `talk about` 16 / 7, `hint at`
//! 4 / 1, `comment on` 3 / 1), and, measured again with the later speaker and content rules
//! (7 Dec), those about two-thirds precise whose claims still raised train F1 with precision
//! above 0.835: `point to` (19 / 11), `express` (22 / 11: `expressed concern that …`), `voice`
//! (8 / 4), `vote against` (6 / 1). Measured and left out: `support` (0.57), `vote for` (5 / 6),
//! `rail against` (4 / 2), `welcome` (0.67), `speak about/of` (0.62), `refer to` (6 / 6),
//! `lash out at` (3 / 3), `discuss` (11 / 7), `order` (9 / 7), `nominate` (6 / 4), `identify`
//! (4 / 1, but 0 / 2 on dev), `highlight` (5 / 5), `focus on` (0.38), `back` (0.37), `favor`
//! (0.22), `call for`, `criticize`, `condemn` (fewer matches than as clause cues), `want` and
//! `prefer` (clause content, 0.5).

/// Base forms (phrases inflect on their first word).
pub const OBJECT: &[&str] = &[
    "endorse",
    "oppose",
    "talk about",
    "hint at",
    "comment on",
    "point to",
    "express",
    "voice",
    "vote against",
];
