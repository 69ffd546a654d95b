//! Object cues: attitude verbs and verb + preposition phrases whose content is the noun phrase
//! they take (`endorsed Trump` → `Trump`, `talked about the harbor` → `the harbor`), not a
//! reported clause. Like stance verbs they need a named, pronoun or described source.
//!
//! Kept are the families whose new claims were at least 0.7 precise on PolNeAR train with the
//! object rule (`endorse` 35 matched / 9 false, `oppose` 15 / 5, `talk about` 16 / 7, `hint at`
//! 4 / 1, `comment on` 3 / 1). Measured and left out, below 0.7: `support` (0.57), `express`
//! (0.67), `vote for/against` (0.65), `rail against` (0.67), `welcome` (0.67), `speak
//! about/of` (0.62), `point to` (0.61), `refer to` (0.50), `lash out at` (0.50), `discuss`
//! (0.45), `focus on` (0.38), `back` (0.37), `favor` (0.22), `want` and `prefer` (clause
//! content, 0.5).

/// Base forms (phrases inflect on their first word).
pub const OBJECT: &[&str] = &["endorse", "oppose", "talk about", "hint at", "comment on"];
