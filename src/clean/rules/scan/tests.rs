use super::super::super::chrome::{glued_count, is_icon_run, is_icon_run_counted};
use super::super::{norm, PROMPT_WORD};
use super::*;

/// What [`scan`] must agree with: each fact asked of the line the way the rules asked it.
fn check(s: &str) -> Result<(), String> {
    let (n, f) = scan(s);
    let want = norm(s);
    let mut err = Vec::new();
    if n != want {
        err.push(format!("norm {n:?} != {want:?}"));
    }
    if f.prompt_word != PROMPT_WORD.is_match(&want) {
        err.push(format!("prompt word {}", f.prompt_word));
    }
    if f.ascii_digit != want.bytes().any(|b| b.is_ascii_digit()) {
        err.push(format!("digit {}", f.ascii_digit));
    }
    if f.twin_safe != crate::twin::twin_safe(&want) {
        err.push(format!("twin safe {}", f.twin_safe));
    }
    let t = s.trim();
    let (c, g) = f.icon_counts;
    if is_icon_run_counted(t, c, g) != is_icon_run(t) {
        err.push(format!("icon run {c} {g}"));
    }
    if f.icon_counts != (0, 0) && f.icon_counts != glued_count(t) {
        err.push(format!("counts {:?} != {:?}", f.icon_counts, glued_count(t)));
    }
    let (c, g) = glued_count(t);
    if c >= 3 && g * 10 >= c * 3 && f.icon_counts != (c, g) {
        err.push(format!("bound hid counts {c} {g}"));
    }
    if err.is_empty() {
        Ok(())
    } else {
        Err(format!("{s:?}: {}", err.join("; ")))
    }
}

#[test]
fn scan_agrees_with_the_separate_passes() {
    for s in [
        "",
        "   ",
        "Subscribe to read: may not be ",
        "may not be",
        "It may not be  ",
        "Copyright © 2019 The Times. All Rights Reserved.",
        "SearchIcon CloseIcon MenuBurger ChevronDown\u{a0}FacebookIcon",
        "SearchIcon CloseIcon MenuBurger ChevronDown FacebookIcon TwitterIcon",
        "The minister’s “plan” — 3 \u{2003}steps\tİstanbul ΣΟΦΙΑ \u{212a}elvin",
        "Sign\u{a0}up for our NEWSLETTER  ",
        "a\u{301}b café 日本 ① `quoted` x\x01y A--b a.B",
        "  Leading  and   doubled   spaces, THEN CAPITALS and\ttabs\r\n",
        "Free trial: enter your e-mail address to sign up for our daily briefing today.",
    ] {
        assert_eq!(check(s), Ok(()));
    }
}

/// Words of the prompt list and of icon runs, pieces of them, and the characters the fast path
/// turns away (white space but the space, backquote, non-ASCII).
const PIECES: &str = "(sign|up|in|log|free|trial|may|not|be|subscri|ber|©|news|letter|e|mail|address|Icon|Search|Menu|Chevron|A|a|B|x|9|-|'|’|“|`|\\.|,|[ ]|[ ]{2}|\t|\n|\x0b|\x01|\u{a0}|é|É|İ){0,24}";

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
    #[test]
    fn scan_agrees_with_the_separate_passes_on_any_text(
        s in "[\\x00-\\x7f]{0,40}|\\PC{0,20}|[ \\tA-Za-z0-9`’“\u{a0}\u{85}İ©é.-]{0,40}"
    ) {
        proptest::prop_assert_eq!(check(&s), Ok(()));
    }

    #[test]
    fn scan_agrees_on_prompt_and_icon_pieces(s in PIECES) {
        proptest::prop_assert_eq!(check(&s), Ok(()));
    }

    #[test]
    fn scan_agrees_on_long_lines(parts in proptest::collection::vec(PIECES, 1..40)) {
        let s = parts.concat();
        proptest::prop_assert_eq!(check(&s), Ok(()));
    }
}

#[test]
fn long_lines_are_counted_whole() {
    // Hundreds of chunks: the byte-wise sums are added up before they overflow.
    let icons = "SearchIcon CloseIcon MenuBurger ChevronDown FacebookIcon ".repeat(60);
    let prose = "The minister said the talks would resume on Monday, officials said. ".repeat(60);
    let mixed = format!("{prose}{}", "ab.Cd eF.g hI-j ".repeat(200));
    for s in [icons.as_str(), prose.as_str(), mixed.as_str()] {
        assert_eq!(check(s), Ok(()));
    }
    assert_eq!(scan(&icons).1.icon_counts, glued_count(icons.trim()));
}

#[test]
fn the_dfa_never_reads_a_trailing_space() {
    // `may not be ` is a prompt word with its space; the line's norm drops the trailing one.
    assert!(!scan("It may not be ").1.prompt_word);
    assert!(scan("It may not be published").1.prompt_word);
}

/// [`glue_bound`] as it was (each byte's classes and those of the byte before it found apart):
/// what the shifted classes must agree with.
fn glue_bound_reference(s: &str) -> (u64, u64) {
    let b = s.as_bytes();
    let (mut opened, mut points) = (0u64, 0u64);
    let mut prev = b' ';
    for chunk in b.chunks(8) {
        let mut a = [0u8; 8];
        a[..chunk.len()].copy_from_slice(chunk);
        let x = u64::from_le_bytes(a);
        let y = (x << 8) | u64::from(prev);
        prev = chunk.last().copied().unwrap_or(prev);
        let (xh, yh) = (x & HIGH, y & HIGH);
        let (x7, y7) = (x & !HIGH, y & !HIGH);
        let ws = |v: u64| in_range(v, 0x09, 0x0D) | equal(v, b' ');
        let alnum = |v: u64| in_range(v, b'0', b'9') | in_range(v, b'A', b'Z') | in_range(v, b'a', b'z');
        let x_alnum = alnum(x7) & !xh;
        let y_mark = !alnum(y7) & !ws(y7) & !yh & HIGH;
        let count = |v: u64| u64::from(v.count_ones());
        opened += count(in_range(x7, 0x21, 0x7E) & !xh & ws(y7) & !yh);
        points += count(in_range(y7, b'a', b'z') & !yh & in_range(x7, b'A', b'Z') & !xh)
            + count(y_mark & x_alnum)
            + count(xh);
    }
    (opened, points)
}

#[test]
fn glue_bound_agrees_with_its_reference() {
    let long = "FacebookIcon TwitterX, ".repeat(60);
    for s in ["", " ", "a", "aB", "x.Y", "\tA", "é", "iPhone MacBook", "ab cd ef gh ij", long.as_str()] {
        assert_eq!(glue_bound(s), glue_bound_reference(s), "{s:?}");
    }
}

proptest::proptest! {
    #[test]
    fn glue_bound_agrees_on_any_text(s in "[ \\t\\r\\na-zA-Z0-9.,'()\u{0}\u{7f}é\u{a0}—-]{0,100}|\\PC{0,60}") {
        proptest::prop_assert_eq!(glue_bound(&s), glue_bound_reference(&s));
    }

    #[test]
    fn glue_bound_agrees_on_long_lines(parts in proptest::collection::vec("[a-zA-Z]{1,8}[ .,-]{0,2}", 1..200)) {
        let s = parts.concat();
        proptest::prop_assert_eq!(glue_bound(&s), glue_bound_reference(&s));
    }
}
