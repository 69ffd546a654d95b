//! Page metadata with precedence: JSON-LD `NewsArticle` (or any `*Article`/`Report`), then
//! `og:`/`article:`/named meta tags, then `<title>`, `<link rel=canonical>` and `<time datetime>`.

use serde_json::Value;

use crate::model::Metadata;

use super::{apply_field, PageMeta};

/// Fills `meta` (first value wins) and the site-name hint from what the scan found.
pub(super) fn fill(meta: &mut Metadata, site_name: &mut Option<String>, page: &PageMeta) {
    for block in &page.json_ld {
        if let Ok(v) = serde_json::from_str::<Value>(block.trim()) {
            if let Some(article) = find_article(&v, 0) {
                from_json_ld(meta, article);
            }
        }
    }
    for (key, content) in &page.tags {
        let field = match key.as_str() {
            "og:title" | "twitter:title" => "title",
            "article:published_time"
            | "og:published_time"
            | "datepublished"
            | "pubdate"
            | "publish-date"
            | "date"
            | "dc.date"
            | "dc.date.issued"
            | "parsely-pub-date"
            | "sailthru.date" => "date",
            "og:url" => "url",
            "author" | "article:author" | "byl" | "dc.creator" | "parsely-author" => "author",
            "og:site_name" => {
                if site_name.is_none() && !content.trim().is_empty() {
                    *site_name = Some(content.trim().to_string());
                }
                continue;
            }
            _ => continue,
        };
        // `article:author` is often a profile URL, not a name.
        if field == "author" && content.starts_with("http") {
            continue;
        }
        apply_field(meta, field, content);
    }
    if let Some(t) = &page.title {
        apply_field(meta, "title", t);
    }
    if let Some(c) = &page.canonical {
        apply_field(meta, "url", c);
    }
    if let Some(t) = &page.time {
        apply_field(meta, "date", t);
    }
}

/// Whether a JSON-LD `@type` names a news article.
fn is_article(v: &Value) -> bool {
    let is = |s: &str| s.ends_with("Article") || s == "Report" || s == "BlogPosting";
    match v.get("@type") {
        Some(Value::String(s)) => is(s),
        Some(Value::Array(a)) => a.iter().any(|t| t.as_str().is_some_and(is)),
        _ => false,
    }
}

/// The first article object in a JSON-LD value (top level, a list, or an `@graph`).
fn find_article(v: &Value, depth: usize) -> Option<&Value> {
    if depth > 8 {
        return None;
    }
    match v {
        Value::Object(o) => {
            if is_article(v) {
                return Some(v);
            }
            o.get("@graph").and_then(|g| find_article(g, depth + 1))
        }
        Value::Array(items) => items.iter().find_map(|i| find_article(i, depth + 1)),
        _ => None,
    }
}

/// A name from a JSON-LD value: a string, an object's `name`, or a list joined by `, `.
fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Object(o) => o.get("name").and_then(name_of),
        Value::Array(a) => {
            let names: Vec<String> = a.iter().filter_map(name_of).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

fn from_json_ld(meta: &mut Metadata, a: &Value) {
    let pairs = [
        ("title", a.get("headline")),
        ("date", a.get("datePublished")),
        ("outlet", a.get("publisher")),
        ("author", a.get("author")),
        ("url", a.get("url").or_else(|| a.get("mainEntityOfPage").and_then(|m| m.get("@id")))),
    ];
    for (field, value) in pairs {
        if let Some(text) = value.and_then(name_of) {
            apply_field(meta, field, &super::project::decode_entities(&text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_and_meta_precedence() {
        let page = PageMeta {
            json_ld: vec![r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"W"},{"@type":["ReportageNewsArticle"],"headline":"H &amp; K","author":[{"name":"A"},{"name":"B"}]}]}"#.into(), "not json".into()],
            tags: vec![
                ("og:title".into(), "Other".into()),
                ("article:published_time".into(), "2018-06-12T01:02:03Z".into()),
                ("article:author".into(), "https://x.org/a".into()),
                ("og:site_name".into(), "Site".into()),
            ],
            title: Some("Page title".into()),
            time: Some("2017-01-01".into()),
            canonical: Some("https://x.org/h".into()),
        };
        let mut m = Metadata::default();
        let mut site = None;
        fill(&mut m, &mut site, &page);
        assert_eq!(m.title.as_deref(), Some("H & K"));
        assert_eq!(m.author.as_deref(), Some("A, B"));
        assert_eq!(m.published, chrono::NaiveDate::from_ymd_opt(2018, 6, 12));
        assert_eq!(m.url.as_deref(), Some("https://x.org/h"));
        assert_eq!(m.outlet, None);
        assert_eq!(site.as_deref(), Some("Site"));
    }
}
