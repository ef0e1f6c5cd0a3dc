//! Inputs built to make a careless importer slow (quadratic in its lines,
//! its figures or a paragraph's length): each must import or be refused in
//! time that grows with its size, not with its square. Each shape is run at
//! two sizes, one four times the other: linear work takes about four times
//! as long, quadratic sixteen.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use tinso_content::import::{import, ImportOptions};
use tinso_content::proposal::propose;
use tinso_model::Category;

/// Each shape, as text of `n` repeated units.
fn shapes(n: usize) -> Vec<(&'static str, String)> {
    let title = "Tiêu đề của một bài viết thử nghiệm\nThứ Năm, 29/12/2011|15:28\n";
    vec![
        (
            "every line a dateline",
            "Thứ Năm, 29/12/2011|15:28\n".repeat(n),
        ),
        (
            "one paragraph of figures",
            format!(
                "{title}{}.\n",
                "có 5 hộ, hơn 12 tỷ đồng, 3/4 xã, ".repeat(n)
            ),
        ),
        (
            "a quote repeated after runs of words",
            format!(
                "{title}{}\n",
                "và và và và và và và và và và 5 hộ ".repeat(n)
            ),
        ),
        (
            "headlines under headings",
            format!(
                "{title}Một đoạn văn.\n{}",
                "Tin liên quan\nHà Nội mưa lớn nhiều tuyến phố ngập sâu\n".repeat(n)
            ),
        ),
        (
            "a line of one word",
            format!("{title}{}\n", "a".repeat(30 * n)),
        ),
        (
            "captions printed twice",
            format!(
                "{title}Đoạn mở đầu.\n{}",
                "Ảnh chụp hội nghị\nẢnh chụp hội nghị\nĐoạn.\n".repeat(n)
            ),
        ),
        (
            "dated documents",
            format!(
                "{title}{}\n",
                "Quyết định số 162-QĐ/ĐUK ngày 24/02/2011, ".repeat(n)
            ),
        ),
    ]
}

fn time(input: &str) -> Duration {
    let options = ImportOptions::category(Category {
        slug: "thu".into(),
        name: "Thử".into(),
    });
    let started = Instant::now();
    if let Ok(imported) = import(input, &options) {
        propose(&imported.article, &imported.candidates, &HashSet::new());
    }
    started.elapsed()
}

#[test]
fn pathological_inputs_take_time_linear_in_their_size() {
    let small = shapes(1_500);
    let large = shapes(6_000);
    for ((name, small), (_, large)) in small.iter().zip(&large) {
        let (a, b) = (time(small), time(large));
        eprintln!(
            "{name}: {} KB in {a:?}, {} KB in {b:?}",
            small.len() / 1024,
            large.len() / 1024
        );
        // Four times the input: about four times the time; sixteen would be
        // quadratic. The margin absorbs a busy machine.
        assert!(
            b < a * 9 + Duration::from_millis(100),
            "{name}: {a:?} for {} bytes but {b:?} for {}",
            small.len(),
            large.len()
        );
    }
}
