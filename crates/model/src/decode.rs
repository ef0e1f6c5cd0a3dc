//! Reading the data from an already parsed JSON value, without serde.
//!
//! The content tools read files with serde (exact field paths, unknown
//! fields refused). The browser app parses JSON with the browser's own
//! `JSON.parse` and reads the values through [`Json`]: the same types, the
//! same validation afterwards, and no JSON parser or serde visitors in the
//! wasm (measured: serde_json and the derived deserializers were the largest
//! part of the app's own code). Tests check that both readers agree on every
//! data file (see `tests/decode.rs`).

use crate::article::{Article, ArticleIndex, ArticleSummary, Block, Category, Site};
use crate::chart_view::{
    ArticleCharts, ChartView, DatasetIndex, DatasetSummary, FigureRef, Mark, Shape, ShapeKind,
};
use crate::datetime::Timestamp;
use crate::error::{DataErrors, WHOLE_DOCUMENT};
use crate::search_index::{
    DocKind, PairChunk, Piece, SearchDoc, SearchMeta, SearchOutcome, SearchResult, WordChunk,
    SEARCH_FORMAT_VERSION,
};

/// A parsed JSON value, as the reader needs it.
pub trait Json: Sized {
    /// The member `key` of an object (none for other values or `null`).
    fn member(&self, key: &str) -> Option<Self>;
    fn string(&self) -> Option<String>;
    /// A number without a fractional part.
    fn integer(&self) -> Option<i64>;
    fn items(&self) -> Option<Vec<Self>>;
}

/// Reads the members of one object, naming `file` and the field path in
/// errors.
pub struct Fields<'a, J> {
    json: J,
    file: &'a str,
    path: String,
}

type Read<T> = Result<T, DataErrors>;

impl<'a, J: Json> Fields<'a, J> {
    pub fn new(file: &'a str, json: J) -> Self {
        Fields {
            json,
            file,
            path: String::new(),
        }
    }

    fn at(&self, key: &str) -> String {
        match (self.path.as_str(), key) {
            ("", "") => WHOLE_DOCUMENT.to_owned(),
            (path, "") => path.to_owned(),
            ("", key) => key.to_owned(),
            (path, key) => format!("{path}.{key}"),
        }
    }

    fn fail<T>(&self, key: &str, message: &str) -> Read<T> {
        Err(DataErrors::single(self.file, &self.at(key), message))
    }

    fn member(&self, key: &str) -> Read<J> {
        match self.json.member(key) {
            Some(value) => Ok(value),
            None => self.fail(key, "is missing"),
        }
    }

    pub fn string(&self, key: &str) -> Read<String> {
        match self.member(key)?.string() {
            Some(text) => Ok(text),
            None => self.fail(key, "is not a string"),
        }
    }

    /// A string that may be left out (read as empty).
    pub fn string_or_empty(&self, key: &str) -> Read<String> {
        Ok(self.optional_string(key)?.unwrap_or_default())
    }

    pub fn optional_string(&self, key: &str) -> Read<Option<String>> {
        match self.json.member(key) {
            None => Ok(None),
            Some(value) => match value.string() {
                Some(text) => Ok(Some(text)),
                None => self.fail(key, "is not a string"),
            },
        }
    }

    pub fn integer<T: TryFrom<i64>>(&self, key: &str) -> Read<T> {
        match self.member(key)?.integer().map(T::try_from) {
            Some(Ok(number)) => Ok(number),
            _ => self.fail(key, "is not a whole number in range"),
        }
    }

    pub fn object(&self, key: &str) -> Read<Fields<'a, J>> {
        Ok(Fields {
            json: self.member(key)?,
            file: self.file,
            path: self.at(key),
        })
    }

    /// Each item of the array `key`, read by `read`.
    pub fn list<T>(&self, key: &str, read: impl Fn(&Fields<'a, J>) -> Read<T>) -> Read<Vec<T>> {
        self.list_or_empty(key, true, read)
    }

    fn list_or_empty<T>(
        &self,
        key: &str,
        required: bool,
        read: impl Fn(&Fields<'a, J>) -> Read<T>,
    ) -> Read<Vec<T>> {
        let items = match self.json.member(key) {
            None if !required => return Ok(Vec::new()),
            None => return self.fail(key, "is missing"),
            Some(value) => match value.items() {
                Some(items) => items,
                None => return self.fail(key, "is not an array"),
            },
        };
        items
            .into_iter()
            .enumerate()
            .map(|(i, json)| {
                read(&Fields {
                    json,
                    file: self.file,
                    path: format!("{}[{i}]", self.at(key)),
                })
            })
            .collect()
    }

    /// An array of strings that may be left out.
    pub fn strings_or_empty(&self, key: &str) -> Read<Vec<String>> {
        self.list_or_empty(key, false, |item| match item.json.string() {
            Some(text) => Ok(text),
            None => item.fail("", "is not a string"),
        })
    }

    fn timestamp(&self, key: &str) -> Read<Timestamp> {
        let text = self.string(key)?;
        Timestamp::parse(&text).or_else(|error| self.fail(key, &error.to_string()))
    }

    fn category(&self, key: &str) -> Read<Category> {
        let category = self.object(key)?;
        Ok(Category {
            slug: category.string("slug")?,
            name: category.string("name")?,
        })
    }
}

/// `site.json`, unvalidated (see [`Site::from_json_with`] for the rules).
pub fn site<J: Json>(file: &str, json: J) -> Read<Site> {
    let site = Fields::new(file, json);
    Ok(Site {
        format_version: site.integer("format_version")?,
        name: site.string("name")?,
        tagline: site.string("tagline")?,
        description: site.string("description")?,
        base_url: site.string("base_url")?,
    })
}

pub fn article_index<J: Json>(file: &str, json: J) -> Read<ArticleIndex> {
    let index = Fields::new(file, json);
    Ok(ArticleIndex {
        format_version: index.integer("format_version")?,
        articles: index.list("articles", summary)?,
    })
}

fn summary<J: Json>(entry: &Fields<'_, J>) -> Read<ArticleSummary> {
    Ok(ArticleSummary {
        slug: entry.string("slug")?,
        title: entry.string("title")?,
        published: entry.timestamp("published")?,
        category: entry.category("category")?,
        lead: entry.string("lead")?,
    })
}

pub fn article<J: Json>(file: &str, json: J) -> Read<Article> {
    let article = Fields::new(file, json);
    Ok(Article {
        format_version: article.integer("format_version")?,
        slug: article.string("slug")?,
        title: article.string("title")?,
        published: article.timestamp("published")?,
        category: article.category("category")?,
        lead: article.string("lead")?,
        body: article.list("body", |block| {
            let text = block.optional_string("text")?;
            let caption = block.optional_string("caption")?;
            let credit = block.optional_string("credit")?;
            match (block.string("type")?.as_str(), text, caption, credit) {
                ("paragraph", Some(text), None, None) => Ok(Block::Paragraph { text }),
                ("figure", None, Some(caption), credit) => Ok(Block::Figure { caption, credit }),
                ("paragraph", ..) => {
                    block.fail("", "a paragraph has `text` and no `caption` or `credit`")
                }
                ("figure", ..) => block.fail("", "a figure has `caption` and no `text`"),
                _ => block.fail("type", "is neither \"paragraph\" nor \"figure\""),
            }
        })?,
        byline: article.optional_string("byline")?,
        credit: article.optional_string("credit")?,
        agency: article.optional_string("agency")?,
        source_url: article.optional_string("source_url")?,
    })
}

fn chart_view<J: Json>(view: &Fields<'_, J>) -> Read<ChartView> {
    Ok(ChartView {
        format_version: view.integer("format_version")?,
        id: view.string("id")?,
        title: view.string("title")?,
        description: view.string("description")?,
        summary: view.string("summary")?,
        kind: view.string("kind")?,
        article: view.string("article")?,
        article_title: view.string("article_title")?,
        width: view.integer("width")?,
        height: view.integer("height")?,
        shapes: view.list("shapes", |shape| {
            let kind = match shape.string("kind")?.as_str() {
                "rect" => ShapeKind::Rect,
                "line" => ShapeKind::Line,
                "circle" => ShapeKind::Circle,
                "text" => ShapeKind::Text,
                _ => return shape.fail("kind", "is not rect, line, circle or text"),
            };
            let optional = |key| match shape.json.member(key) {
                None => Ok(0),
                Some(_) => shape.integer(key),
            };
            Ok(Shape {
                kind,
                x: shape.integer("x")?,
                y: shape.integer("y")?,
                w: optional("w")?,
                h: optional("h")?,
                class: shape.string("class")?,
                text: shape.string_or_empty("text")?,
            })
        })?,
        marks: view.list("marks", |mark| {
            Ok(Mark {
                value: mark.string("value")?,
                x: mark.integer("x")?,
                y: mark.integer("y")?,
                w: mark.integer("w")?,
                h: mark.integer("h")?,
                name: mark.string("name")?,
                sentence: mark.optional_string("sentence")?,
            })
        })?,
        columns: view.strings_or_empty("columns")?,
        rows: view.list("rows", |row| {
            match row
                .json
                .items()
                .map(|cells| cells.iter().map(Json::string).collect())
            {
                Some(Some(cells)) => Ok(cells),
                _ => row.fail("", "is not an array of strings"),
            }
        })?,
        notes: view.strings_or_empty("notes")?,
    })
}

pub fn chart<J: Json>(file: &str, json: J) -> Read<ChartView> {
    chart_view(&Fields::new(file, json))
}

pub fn article_charts<J: Json>(file: &str, json: J) -> Read<ArticleCharts> {
    let charts = Fields::new(file, json);
    Ok(ArticleCharts {
        format_version: charts.integer("format_version")?,
        article: charts.string("article")?,
        charts: charts.list("charts", chart_view)?,
        refs: charts.list("refs", |figure| {
            Ok(FigureRef {
                paragraph: figure.integer("paragraph")?,
                start: figure.integer("start")?,
                end: figure.integer("end")?,
                id: figure.string("id")?,
                values: figure.strings_or_empty("values")?,
            })
        })?,
        related: charts.list_or_empty("related", false, summary)?,
    })
}

pub fn dataset_index<J: Json>(file: &str, json: J) -> Read<DatasetIndex> {
    let index = Fields::new(file, json);
    Ok(DatasetIndex {
        format_version: index.integer("format_version")?,
        datasets: index.list("datasets", |entry| {
            Ok(DatasetSummary {
                id: entry.string("id")?,
                title: entry.string("title")?,
                description: entry.string("description")?,
                kind: entry.string("kind")?,
                count: entry.integer("count")?,
                article: entry.string("article")?,
                article_title: entry.string("article_title")?,
            })
        })?,
    })
}

/// serde_json's values, for the content tools and for tests that compare
/// this reader with serde's.
impl Json for &serde_json::Value {
    fn member(&self, key: &str) -> Option<Self> {
        self.get(key).filter(|value| !value.is_null())
    }

    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }

    fn integer(&self) -> Option<i64> {
        self.as_i64()
            .or_else(|| self.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64))
    }

    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().map(|items| items.iter().collect())
    }
}

/// The search index's files (see [`crate::search_index`]). Their version is
/// checked here: the build wrote them, and a reader of another version
/// would find nothing without saying why.
fn search_version<J: Json>(fields: &Fields<'_, J>) -> Read<()> {
    let version: u32 = fields.integer("format_version")?;
    if version == SEARCH_FORMAT_VERSION {
        Ok(())
    } else {
        fields.fail("format_version", "is not a version this app reads")
    }
}

pub fn search_meta<J: Json>(file: &str, json: J) -> Read<SearchMeta> {
    let meta = Fields::new(file, json);
    search_version(&meta)?;
    Ok(SearchMeta {
        documents: meta.integer("documents")?,
        words: meta.strings_or_empty("words")?,
        pairs: meta.strings_or_empty("pairs")?,
    })
}

/// `[key, …]` arrays of a chunk's `entries`.
fn chunk_entries<J: Json>(file: &str, json: J) -> Read<Vec<Vec<J>>> {
    let chunk = Fields::new(file, json);
    search_version(&chunk)?;
    chunk.list("entries", |entry| match entry.json.items() {
        Some(items) if items.len() == 2 => Ok(items),
        _ => entry.fail("", "is not a [key, value] pair"),
    })
}

fn text_of<J: Json>(file: &str, json: &J) -> Read<String> {
    json.string()
        .ok_or_else(|| DataErrors::single(file, "entries", "holds a value that is not a string"))
}

pub fn word_chunk<J: Json>(file: &str, json: J) -> Read<WordChunk> {
    let mut entries = Vec::new();
    for entry in chunk_entries(file, json)? {
        let key = text_of(file, &entry[0])?;
        let forms = entry[1].items().unwrap_or_default();
        let forms = forms
            .iter()
            .map(|form| match form.items().as_deref() {
                Some([written, refs]) => Ok((text_of(file, written)?, text_of(file, refs)?)),
                _ => Err(DataErrors::single(
                    file,
                    "entries",
                    "has a form that is not [form, documents]",
                )),
            })
            .collect::<Read<Vec<_>>>()?;
        entries.push((key, forms));
    }
    Ok(WordChunk::from_raw(entries))
}

pub fn pair_chunk<J: Json>(file: &str, json: J) -> Read<PairChunk> {
    let entries = chunk_entries(file, json)?
        .iter()
        .map(|entry| Ok((text_of(file, &entry[0])?, text_of(file, &entry[1])?)))
        .collect::<Read<Vec<_>>>()?;
    Ok(PairChunk::from_raw(entries))
}

pub fn search_doc<J: Json>(file: &str, json: J) -> Read<SearchDoc> {
    let doc = Fields::new(file, json);
    search_version(&doc)?;
    let kind = doc.string("kind")?;
    Ok(SearchDoc {
        kind: match DocKind::from_code(&kind) {
            Some(kind) => kind,
            None => return doc.fail("kind", "is not \"bai-viet\" or \"so-lieu\""),
        },
        path: doc.string("path")?,
        title: doc.string("title")?,
        date: doc.string("date")?,
        text: doc.string("text")?,
    })
}

/// The search worker's answer (see [`SearchOutcome::to_json`]).
pub fn search_outcome<J: Json>(file: &str, json: J) -> Read<SearchOutcome> {
    let outcome = Fields::new(file, json);
    let pieces = |result: &Fields<'_, J>, key: &str| {
        result.list(key, |piece| match piece.json.items().as_deref() {
            Some([text, marked]) => match (text.string(), marked.integer()) {
                (Some(text), Some(marked)) => Ok(Piece {
                    text,
                    marked: marked == 1,
                }),
                _ => piece.fail("", "is not [text, 0 or 1]"),
            },
            _ => piece.fail("", "is not [text, 0 or 1]"),
        })
    };
    Ok(SearchOutcome {
        total: outcome.integer("total")?,
        results: outcome.list("results", |result| {
            let kind = result.string("kind")?;
            Ok(SearchResult {
                kind: match DocKind::from_code(&kind) {
                    Some(kind) => kind,
                    None => return result.fail("kind", "is not \"bai-viet\" or \"so-lieu\""),
                },
                path: result.string("path")?,
                date: result.string("date")?,
                title: pieces(result, "title")?,
                excerpt: pieces(result, "excerpt")?,
            })
        })?,
    })
}
