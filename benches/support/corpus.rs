//! A deterministic generator of news-like text articles for benchmarks (no data files, no
//! network): front matter, headline, paragraphs and some boilerplate lines, drawn from word lists
//! with a tiny xorshift PRNG. Sentences look like news reporting: straight and curly quotations
//! (some long), speakers with titles and non-ASCII names, appositions (`, a spokesman for …,`,
//! `, 54,`, `— a … —`, parentheses), described sources, inverted `said X`, `according to`,
//! colons, many reporting and stance verbs with auxiliaries, commas, numbers and dates, so that
//! claim extraction does the work real text asks of it.

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

const FIRST: &[&str] = &[
    "Ann", "José", "Zoë", "Søren", "Ngozi", "Liam", "Mei", "Ahmed", "Olga", "Carlos", "Priya", "Tom",
    "Fatima", "Jürgen", "Hana", "Marc", "Đặng", "Aoife", "Rafael", "Sung-min",
];
const LAST: &[&str] = &[
    "Lee",
    "García",
    "O'Brien",
    "Müller",
    "Okafor",
    "Kim",
    "Novak",
    "Haddad",
    "Smith",
    "Nakamura",
    "Petrov",
    "Dubois",
    "Kowalski",
    "Johnson",
    "Silva",
    "McAllister",
    "Van der Berg",
    "Nguyen",
];
const TITLES: &[&str] = &[
    "",
    "",
    "",
    "Mr. ",
    "Ms. ",
    "Sen. ",
    "Gov. ",
    "Rep. ",
    "Dr. ",
    "Prime Minister ",
    "President ",
    "Secretary of State ",
    "Gen. ",
    "Mayor ",
    "Chief Executive ",
    "Judge ",
];
const ORGS: &[&str] = &[
    "the Treasury",
    "the Federal Reserve",
    "Acme Corp.",
    "the U.N. Security Council",
    "the Ministry of Defence",
    "Harvard University",
    "the European Commission",
    "the city council",
    "Reuters",
    "the U.S. State Department",
    "Greenpeace",
    "the Bank of Japan",
    "Pew Research Center",
];
const ROLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "senior adviser",
    "economist",
    "analyst",
    "lawyer",
    "chief negotiator",
    "professor of political science",
    "former director",
    "campaign manager",
    "deputy minister",
];
const DESCRIBED: &[&str] = &[
    "a senior official",
    "two people familiar with the talks",
    "officials in Brussels",
    "an aide close to the president",
    "analysts at the bank",
    "several lawmakers",
    "the ministry",
    "a person with knowledge of the matter",
    "critics of the plan",
    "most economists",
    "the report",
    "a statement from the company",
    "diplomats",
    "the police",
    "one in three voters",
];
const VERBS: &[&str] = &[
    "said",
    "told reporters",
    "added",
    "warned",
    "noted",
    "insisted",
    "argued",
    "explained",
    "acknowledged",
    "wrote",
    "tweeted",
    "claimed",
    "predicted",
    "urged",
    "denied",
    "confirmed",
    "announced",
    "stressed",
    "suggested",
    "told The Times",
    "said in an interview",
    "has said",
    "later said",
    "said on Tuesday",
    "would say",
];
const STANCE: &[&str] = &["believes", "expects", "thinks", "wants", "hopes", "fears", "doubts"];
const PLACES: &[&str] =
    &["Ohio", "Houston, Texas", "Seoul", "Lagos", "São Paulo", "Kraków", "Düsseldorf", "Tokyo", "Quebec"];
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
    "ceasefire",
    "tariffs",
    "pension reform",
    "vaccine rollout",
    "housing market",
    "interest rates",
    "border wall",
    "climate bill",
    "merger",
    "strike",
];
const ADJS: &[&str] = &[
    "serious",
    "new",
    "unprecedented",
    "modest",
    "historic",
    "fragile",
    "costly",
    "controversial",
    "long-awaited",
    "so-called",
    "bipartisan",
    "sweeping",
    "unexpected",
];
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
    "would",
    "could",
    "not",
    "country",
    "year",
    "months",
    "after",
    "before",
    "while",
    "because",
    "their",
    "its",
    "new",
    "first",
    "last",
    "over",
    "under",
    "since",
    "workers",
    "prices",
    "families",
    "region",
    "agreement",
    "vote",
    "policy",
    "crisis",
    "support",
    "pressure",
    "money",
    "schools",
    "companies",
    "billion",
    "percent",
    "future",
    "record",
    "decision",
    "public",
    "security",
    "debate",
    "proposal",
    "weeks",
    "time",
    "state",
    "federal",
    "local",
    "economic",
];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const BOILER: &[&str] = &[
    "Subscribe to our newsletter",
    "Share this article",
    "Advertisement",
    "Read more",
    "© Reuters",
    "Sign up for free",
];

fn words(r: &mut Rng, n: usize, out: &mut String) {
    for i in 0..n {
        if i > 0 {
            out.push_str(if r.below(9) == 0 { ", " } else { " " });
        }
        match r.below(14) {
            0 => out.push_str(&format!("{}.{}", r.below(100), r.below(10))),
            1 => out.push_str(r.pick(NOUNS)),
            2 => out.push_str(r.pick(ADJS)),
            _ => out.push_str(r.pick(WORDS)),
        }
    }
}

fn name(r: &mut Rng) -> String {
    format!("{}{} {}", r.pick(TITLES), r.pick(FIRST), r.pick(LAST))
}

/// An apposition after a name, with its commas (or dashes), or nothing.
fn appos(r: &mut Rng) -> String {
    match r.below(9) {
        0 => format!(", a {} for {},", r.pick(ROLES), r.pick(ORGS)),
        1 => format!(", {},", 30 + r.below(50)),
        2 => format!(", R-{},", r.pick(PLACES)),
        3 => format!(", who has led {} since {},", r.pick(ORGS), 1990 + r.below(30)),
        4 => format!(", {}'s {},", r.pick(LAST), r.pick(ROLES)),
        5 => format!(" — a {} of {} —", r.pick(ROLES), r.pick(ORGS)),
        6 => format!(" ({})", r.pick(PLACES)),
        _ => String::new(),
    }
}

fn quote(r: &mut Rng, out: &mut String) {
    let long = r.below(6) == 0;
    let n = 6 + r.below(if long { 60 } else { 16 });
    let mut q = String::from(if r.below(2) == 0 { "We" } else { "This" });
    q.push(' ');
    words(r, n, &mut q);
    if n > 30 {
        q.push_str(". And ");
        let k = 5 + r.below(10);
        words(r, k, &mut q);
    }
    out.push_str(&q);
}

fn clause(r: &mut Rng, out: &mut String) {
    out.push_str(r.pick(&["the ", "its ", "a ", ""]));
    out.push_str(r.pick(NOUNS));
    out.push(' ');
    out.push_str(r.pick(&["would", "could", "will not", "had", "was"]));
    out.push(' ');
    let k = 4 + r.below(14);
    words(r, k, out);
}

fn sentence(r: &mut Rng, out: &mut String) {
    let (open, close) = if r.below(3) == 0 { ("\"", "\"") } else { ("“", "”") };
    let verb = r.pick(VERBS);
    match r.below(12) {
        0 => {
            out.push_str(open);
            quote(r, out);
            out.push_str(&format!(",{close} {}{} {verb}.", name(r), appos(r)));
        }
        1 => {
            out.push_str(open);
            quote(r, out);
            out.push_str(&format!(",{close} said {}, a {} at {}.", name(r), r.pick(ROLES), r.pick(ORGS)));
        }
        2 => {
            out.push_str(&format!("{}{} {verb} that ", name(r), appos(r)));
            clause(r, out);
            out.push_str(", and ");
            clause(r, out);
            out.push('.');
        }
        3 => {
            out.push_str(&format!("According to {}, ", r.pick(DESCRIBED)));
            clause(r, out);
            out.push('.');
        }
        4 => {
            let mut c = String::new();
            clause(r, &mut c);
            out.push_str(&format!("The {} {c}, {} {verb}, adding that ", r.pick(NOUNS), r.pick(DESCRIBED)));
            clause(r, out);
            out.push('.');
        }
        5 => {
            out.push_str(&format!("{} {verb}: {open}", name(r)));
            quote(r, out);
            out.push_str(&format!(".{close}"));
        }
        6 => {
            let who = r.pick(DESCRIBED);
            let mut first = who.chars();
            let cap: String =
                first.next().map(|c| c.to_uppercase().chain(first).collect()).unwrap_or_default();
            out.push_str(&format!("{cap} {} the {} ", r.pick(STANCE), r.pick(NOUNS)));
            let k = 6 + r.below(10);
            words(r, k, out);
            out.push('.');
        }
        7 => out.push_str(&format!(
            "On {}, Feb. {}, at {} p.m., {} {verb} the {} cost ${}.{} billion, up {}.{}% from {}.",
            r.pick(WEEKDAYS),
            1 + r.below(28),
            1 + r.below(12),
            name(r),
            r.pick(NOUNS),
            r.below(100),
            r.below(10),
            r.below(20),
            r.below(10),
            1990 + r.below(30)
        )),
        8 => {
            out.push_str(&format!("In a statement, {} {verb} that ", r.pick(ORGS)));
            clause(r, out);
            out.push('.');
        }
        _ => {
            out.push_str(r.pick(&["The", "In", "After", "But", "Since", "While"]));
            out.push(' ');
            let k = 8 + r.below(24);
            words(r, k, out);
            out.push_str(&format!(" {} {}", r.pick(ADJS), r.pick(NOUNS)));
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
