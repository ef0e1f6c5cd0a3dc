//! A clearly synthetic corpus: made-up sentences from common Vietnamese
//! syllables (so folding, tones, phrases, numbers and codes are exercised at
//! scale), never real news. Deterministic: the same count writes the same files.

use std::fs;
use std::path::Path;

use serde_json::json;

/// Syllables the text is drawn from, with their marks.
const SYLLABLES: &[&str] = &[
    "công",
    "tác",
    "dân",
    "vận",
    "dẫn",
    "đầu",
    "năm",
    "tổng",
    "kết",
    "đảng",
    "bộ",
    "khối",
    "doanh",
    "nghiệp",
    "trung",
    "ương",
    "tập",
    "đoàn",
    "thuốc",
    "lá",
    "huyện",
    "nghèo",
    "hỗ",
    "trợ",
    "quyên",
    "góp",
    "an",
    "sinh",
    "xã",
    "hội",
    "kinh",
    "tế",
    "phát",
    "triển",
    "nhân",
    "lực",
    "cán",
    "phong",
    "trào",
    "thi",
    "đua",
    "khéo",
    "giao",
    "ban",
    "hội",
    "nghị",
    "chỉ",
    "đạo",
    "thực",
    "hiện",
    "quy",
    "chế",
    "dân",
    "chủ",
    "cơ",
    "sở",
    "ngân",
    "hàng",
    "điện",
    "lực",
    "dầu",
    "khí",
    "than",
    "khoáng",
    "sản",
    "bưu",
    "chính",
    "viễn",
    "thông",
    "hàng",
    "không",
    "đường",
    "sắt",
    "cảng",
    "biển",
    "xây",
    "dựng",
    "nhà",
    "ở",
    "người",
    "lao",
    "động",
    "tiền",
    "lương",
    "bảo",
    "hiểm",
    "y",
    "tế",
    "giáo",
    "dục",
    "đào",
    "tạo",
    "học",
    "sinh",
    "trường",
    "lớp",
    "miền",
    "núi",
    "vùng",
    "sâu",
    "xa",
    "biên",
    "giới",
    "hải",
    "đảo",
    "trường",
    "sa",
    "văn",
    "hóa",
    "thể",
    "thao",
    "du",
    "lịch",
    "nông",
    "thôn",
    "mới",
    "chương",
    "trình",
    "mục",
    "tiêu",
    "quốc",
    "gia",
    "kế",
    "hoạch",
    "đề",
    "án",
    "kiểm",
    "tra",
    "giám",
    "sát",
    "báo",
    "cáo",
    "kết",
    "quả",
    "tình",
    "hình",
    "nhiệm",
    "vụ",
    "giải",
    "pháp",
    "thời",
    "gian",
    "tới",
    "các",
    "những",
    "của",
    "và",
    "với",
    "trong",
    "được",
    "đã",
    "sẽ",
    "cho",
    "từ",
    "đến",
    "theo",
    "về",
    "tại",
    "lần",
    "thứ",
];

const CATEGORIES: &[(&str, &str)] = &[
    ("thu-nghiem-kinh-te", "Thử nghiệm: Kinh tế"),
    ("thu-nghiem-dan-van", "Thử nghiệm: Dân vận"),
    ("thu-nghiem-an-sinh", "Thử nghiệm: An sinh"),
    ("thu-nghiem-giao-duc", "Thử nghiệm: Giáo dục"),
    ("thu-nghiem-doanh-nghiep", "Thử nghiệm: Doanh nghiệp"),
];

/// xorshift64*: small, fast and the same everywhere.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn sentence(random: &mut Random) -> String {
    let length = 8 + random.below(14);
    let mut words: Vec<String> = (0..length)
        .map(|_| SYLLABLES[random.below(SYLLABLES.len())].to_owned())
        .collect();
    // Now and then a figure or a document code, as news text has.
    match random.below(6) {
        0 => words.push(format!(
            "{}.{:03} tỷ đồng",
            1 + random.below(9),
            random.below(1000)
        )),
        1 => {
            let whole = 10 + random.below(90);
            words.push(format!("{}/{whole}", 1 + random.below(whole)));
        }
        2 => words.push(format!("số {}-QĐ/TN", 10 + random.below(990))),
        3 => words.push(format!(
            "ngày {:02}/{:02}/20{:02}",
            1 + random.below(28),
            1 + random.below(12),
            10 + random.below(16)
        )),
        _ => {}
    }
    let mut text = words.join(" ");
    if let Some(first) = text.chars().next() {
        let upper: String = first.to_uppercase().collect();
        text.replace_range(..first.len_utf8(), &upper);
    }
    text.push('.');
    text
}

/// The site's settings, as the repository holds them.
const SITE_JSON: &str = include_str!("../../../public/data/site.json");

/// Writes `count` articles, `articles.json` and `site.json` into `dir`
/// (which must not exist or be empty).
pub fn write_corpus(count: usize, dir: &Path) -> Result<(), String> {
    let articles_dir = dir.join("articles");
    fs::create_dir_all(&articles_dir).map_err(|e| format!("{}: {e}", articles_dir.display()))?;
    let write = |path: &Path, value: &serde_json::Value| {
        fs::write(path, format!("{value:#}\n")).map_err(|e| format!("{}: {e}", path.display()))
    };
    // The repository's own settings: the app compiles them in, so a
    // corpus with others would need an app of its own (scripts/build
    // compiles one for any data, and refuses data that disagrees with it).
    // The articles say they are synthetic.
    let site = dir.join("site.json");
    fs::write(&site, SITE_JSON).map_err(|e| format!("{}: {e}", site.display()))?;
    let mut summaries = Vec::with_capacity(count);
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    // One article every 9 hours, from 2015 on.
    let start = 1_420_045_200_i64; // 2015-01-01T00:00:00+07:00
    for i in 0..count {
        let slug = format!("bai-thu-nghiem-{:05}", i + 1);
        let heading: Vec<&str> = (0..6 + random.below(5))
            .map(|_| SYLLABLES[random.below(SYLLABLES.len())])
            .collect();
        let title = format!("Bài thử nghiệm số {}: {}", i + 1, heading.join(" "));
        let published = timestamp(start + i as i64 * 9 * 3600);
        let (category_slug, category_name) = CATEGORIES[i % CATEGORIES.len()];
        let paragraphs: Vec<String> = (0..5 + random.below(6))
            .map(|_| {
                (0..2 + random.below(4))
                    .map(|_| sentence(&mut random))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let lead = paragraphs[0]
            .split_inclusive('.')
            .next()
            .unwrap_or("")
            .to_owned();
        let category = json!({ "slug": category_slug, "name": category_name });
        let body: Vec<serde_json::Value> = paragraphs
            .iter()
            .map(|text| json!({ "type": "paragraph", "text": text }))
            .collect();
        write(
            &articles_dir.join(format!("{slug}.json")),
            &json!({
                "format_version": 1,
                "slug": slug,
                "title": title,
                "published": published,
                "category": category,
                "lead": lead,
                "body": body,
                "byline": "Bài giả lập để đo hiệu năng, không phải tin thật"
            }),
        )?;
        summaries.push(json!({
            "slug": slug,
            "title": title,
            "published": published,
            "category": category,
            "lead": lead,
        }));
    }
    write(
        &dir.join("articles.json"),
        &json!({ "format_version": 1, "articles": summaries }),
    )?;
    println!(
        "tinso-bench: wrote {count} synthetic articles into {}",
        dir.display()
    );
    Ok(())
}

/// Seconds since 1970 as "YYYY-MM-DDTHH:MM:SS+07:00" in Vietnam time.
fn timestamp(seconds: i64) -> String {
    let local = seconds + 7 * 3600;
    let (days, rest) = (local.div_euclid(86_400), local.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}+07:00",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_vietnam_time() {
        assert_eq!(timestamp(1_420_045_200), "2015-01-01T00:00:00+07:00");
        assert_eq!(timestamp(1_325_147_280), "2011-12-29T15:28:00+07:00");
    }

    #[test]
    fn the_corpus_is_valid_site_data_and_says_it_is_synthetic() {
        let dir = std::env::temp_dir().join(format!("tinso-synth-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        write_corpus(30, &dir).unwrap();
        let index = fs::read_to_string(dir.join("articles.json")).unwrap();
        let index = tinso_model::ArticleIndex::from_json(&index).unwrap();
        assert_eq!(index.articles.len(), 30);
        for summary in &index.articles {
            let file = dir.join(tinso_model::route::article_file(&summary.slug));
            let article =
                tinso_model::Article::from_json(&summary.slug, &fs::read_to_string(file).unwrap())
                    .unwrap();
            assert!(article.title.starts_with("Bài thử nghiệm số "));
            assert!(article
                .byline
                .as_deref()
                .unwrap()
                .contains("không phải tin thật"));
            assert_eq!(article.summary(), *summary);
        }
        tinso_model::Site::from_json(&fs::read_to_string(dir.join("site.json")).unwrap()).unwrap();
        fs::remove_dir_all(&dir).unwrap();
    }
}
