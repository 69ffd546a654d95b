//! Names of countries, capitals used for their governments (`Tokyo said`), and institutions: a
//! speaker with one of these names is a state or a body, never the `he` or `she` of a later
//! sentence. Names are matched whole, case-sensitively.

/// Countries and territories (short forms as news text writes them).
#[rustfmt::skip]
const COUNTRIES: &[&str] = &[
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia",
    "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize",
    "Benin", "Bhutan", "Bolivia", "Bosnia", "Botswana", "Brazil", "Britain", "Brunei", "Bulgaria",
    "Burkina Faso", "Burma", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China",
    "Colombia", "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia",
    "Denmark", "Djibouti", "Dominica", "Ecuador", "Egypt", "El Salvador", "England", "Eritrea", "Estonia",
    "Eswatini", "Ethiopia", "Europe", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany",
    "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hungary",
    "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica",
    "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Korea", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos",
    "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg",
    "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico",
    "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar",
    "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria",
    "North Korea", "Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama", "Papua New Guinea",
    "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda",
    "Samoa", "San Marino", "Saudi Arabia", "Scotland", "Senegal", "Serbia", "Seychelles", "Sierra Leone",
    "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea", "South Sudan", "Spain",
    "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania",
    "Thailand", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu",
    "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "United States", "Uruguay", "Uzbekistan",
    "Vanuatu", "Vatican", "Venezuela", "Vietnam", "Wales", "Yemen", "Zambia", "Zimbabwe", "UK", "US",
    "U.S.", "USA", "U.S.A.", "UAE", "EU", "Gaza", "Crimea", "Hong Kong", "Macau", "Tibet", "Kashmir",
];

/// Capitals and seats of government that stand for a state or an institution in news text.
#[rustfmt::skip]
const SEATS: &[&str] = &[
    "Abu Dhabi", "Abuja", "Addis Ababa", "Ankara", "Athens", "Baghdad", "Bangkok", "Beijing", "Beirut",
    "Berlin", "Bern", "Brasilia", "Brussels", "Buenos Aires", "Cairo", "Canberra", "Caracas", "Damascus",
    "Delhi", "Dhaka", "Doha", "Dublin", "Hanoi", "Havana", "Helsinki", "Islamabad", "Jakarta", "Jerusalem",
    "Kabul", "Kiev", "Kyiv", "Kuala Lumpur", "Lisbon", "London", "Madrid", "Manila", "Minsk", "Moscow",
    "Nairobi", "New Delhi", "Oslo", "Ottawa", "Paris", "Pretoria", "Pyongyang", "Rabat", "Riyadh", "Rome",
    "Santiago", "Seoul", "Stockholm", "Taipei", "Tehran", "Tel Aviv", "Tokyo", "Tripoli", "Vienna",
    "Warsaw", "Washington", "Wellington", "Westminster", "Whitehall", "Kremlin", "Pentagon",
    "Downing Street", "White House", "Capitol Hill", "Congress", "Parliament", "Senate", "Bundestag",
    "Duma", "Knesset", "NATO", "UN", "OPEC", "WHO", "IMF", "Interpol", "Hamas", "Hezbollah", "Taliban",
];

/// Last words of multi-word names of places and bodies (`Foreign Ministry`, `Supreme Court`).
#[rustfmt::skip]
const BODY_HEADS: &[&str] = &[
    "Agency", "Assembly", "Association", "Authority", "Bank", "Board", "Bureau", "Cabinet", "Campaign",
    "Center", "Centre", "Church", "City", "Coalition", "College", "Command", "Commission", "Committee",
    "Company", "Congress", "Corp", "Corp.", "Corporation", "Council", "County", "Court", "Department",
    "Embassy", "Federation", "Forces", "Foundation", "Fund", "Government", "Group", "House", "Inc", "Inc.",
    "Institute", "Island", "Islands", "Kingdom", "League", "Ltd", "Ltd.", "Ministry", "Movement", "Nations",
    "News", "Office", "Organization", "Organisation", "Parliament", "Party", "Police", "Post", "Press",
    "Province", "Republic", "School", "Senate", "Service", "Square", "State", "States", "Street", "Times",
    "Tribunal", "Union", "University",
];

/// True when `name` (a canonical speaker name) is a country, a seat of government or an
/// institution rather than a person.
pub fn is_place_or_body(name: &str) -> bool {
    if COUNTRIES.contains(&name) || SEATS.contains(&name) {
        return true;
    }
    let mut words = name.split_whitespace();
    let last = words.next_back().unwrap_or("");
    words.next().is_some() && BODY_HEADS.contains(&last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_seats_and_bodies_are_not_people() {
        for n in [
            "Japan",
            "North Korea",
            "Pyongyang",
            "White House",
            "Foreign Ministry",
            "Supreme Court",
            "Ohio State",
        ] {
            assert!(is_place_or_body(n), "{n}");
        }
        for n in ["Shinzo Abe", "Abe", "Maria Lopez", "Georgia Jones", "House", "Paris Hilton"] {
            assert!(!is_place_or_body(n), "{n}");
        }
    }
}
