//! A deterministic generator of news-like text articles for benchmarks (no data files, no
//! network): front matter, headline, paragraphs with quotes, abbreviations, numbers and some
//! boilerplate lines, drawn from word lists with a tiny xorshift PRNG.

/// xorshift64: small, fast and reproducible for a given seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }
}

const NAMES: &[&str] = &[
    "Mr. Abe",
    "Gen. Smith",
    "Sen. Warren",
    "Dr. Lee",
    "Donald J. Trump",
    "Ms. Kono",
    "Rep. Ortiz",
    "the minister",
    "a senior official",
    "Gov. Brown",
];
const VERBS: &[&str] = &["said", "told reporters", "added", "warned", "noted", "insisted"];
const NOUNS: &[&str] = &[
    "talks",
    "summit",
    "economy",
    "deal",
    "sanctions",
    "missile tests",
    "budget",
    "election",
    "trade surplus",
    "U.S. delegation",
    "Acme Corp.",
    "the U.K. government",
];
const ADJS: &[&str] = &["serious", "new", "unprecedented", "modest", "historic", "fragile"];
const WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "on",
    "for",
    "with",
    "at",
    "by",
    "from",
    "that",
    "talks",
    "officials",
    "week",
    "government",
    "plan",
    "leaders",
    "market",
    "people",
    "issue",
];
const BOILER: &[&str] = &[
    "Subscribe to our newsletter",
    "Share this article",
    "Advertisement",
    "Read more",
    "© Reuters",
    "Sign up for free",
];

fn sentence(r: &mut Rng, out: &mut String) {
    let n = 8 + r.below(14);
    let noun = r.pick(NOUNS);
    let adj = r.pick(ADJS);
    match r.below(5) {
        0 => {
            out.push_str(&format!(
                "\"The {noun} is {adj}. We will respond,\" {} {}.",
                r.pick(NAMES),
                r.pick(VERBS)
            ));
        }
        1 => out.push_str(&format!(
            "On Feb. {} at {} p.m., {} {} the {noun} cost ${}.{} billion, up {}.{}%.",
            1 + r.below(28),
            1 + r.below(12),
            r.pick(NAMES),
            r.pick(VERBS),
            r.below(100),
            r.below(10),
            r.below(20),
            r.below(10)
        )),
        _ => {
            out.push_str("The");
            for _ in 0..n {
                out.push(' ');
                out.push_str(r.pick(WORDS));
            }
            out.push_str(&format!(" {adj} {noun}"));
            out.push_str(if r.below(10) == 0 { "?" } else { "." });
        }
    }
}

/// One article of roughly `bytes` bytes.
pub fn article(r: &mut Rng, bytes: usize) -> String {
    let mut out = format!(
        "---\noutlet: Daily {}\npublished: 2019-0{}-1{}\ntitle: Leaders discuss {}\n---\n",
        r.pick(&["Post", "Star", "Times", "Herald"]),
        1 + r.below(9),
        r.below(10),
        r.pick(NOUNS)
    );
    out.push_str(&format!("Leaders discuss {} {}\n\n", r.pick(ADJS), r.pick(NOUNS)));
    while out.len() < bytes {
        let k = 2 + r.below(4);
        for i in 0..k {
            if i > 0 {
                out.push(' ');
            }
            sentence(r, &mut out);
        }
        out.push_str("\n\n");
        if r.below(8) == 0 {
            out.push_str(r.pick(BOILER));
            out.push_str("\n\n");
        }
    }
    out
}

/// `count` articles of about `bytes` bytes each, reproducible from `seed`.
pub fn generate(seed: u64, count: usize, bytes: usize) -> Vec<String> {
    let mut r = Rng::new(seed);
    (0..count).map(|_| article(&mut r, bytes)).collect()
}
