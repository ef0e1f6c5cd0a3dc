//! The command line: bad input never panics and never changes the output.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SEED: &str = "content/raw/000_5242cce672c6c43f.txt";

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cli-test-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tinso-content"))
        .args(args)
        .output()
        .unwrap()
}

/// Every file under `dir` with its bytes, to compare before and after.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in fs::read_dir(&next).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push((path.clone(), fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

fn import_into(out: &Path, files: &[&Path]) -> Output {
    let data = out.join("data");
    let drafts = out.join("drafts");
    let mut args = vec![
        "import".to_owned(),
        "--category".into(),
        "dan-van=Dân vận".into(),
        "--data".into(),
        data.display().to_string(),
        "--drafts".into(),
        drafts.display().to_string(),
    ];
    args.extend(files.iter().map(|f| f.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run(&args)
}

#[test]
fn help_explains_every_option() {
    let output = run(&["help"]);
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    for option in [
        "import",
        "check",
        "--category",
        "--data",
        "--drafts",
        "--dry-run",
    ] {
        assert!(help.contains(option), "help does not mention {option}");
    }
}

#[test]
fn imports_the_seed_into_an_empty_directory() {
    let out = scratch("seed");
    let output = import_into(&out, &[&repo(SEED)]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let check = run(&["check", &out.join("data").display().to_string()]);
    // site.json is not imported, so check names it and nothing else.
    let stderr = String::from_utf8(check.stderr).unwrap();
    assert!(!check.status.success());
    assert!(
        stderr.starts_with("site.json: (document): cannot be read"),
        "{stderr}"
    );
    assert!(stderr.contains("1 problem(s) found"), "{stderr}");
    fs::remove_dir_all(out).unwrap();
}

#[test]
fn bad_input_exits_non_zero_and_changes_nothing() {
    let out = scratch("bad");
    let seeded = import_into(&out, &[&repo(SEED)]);
    assert!(seeded.status.success());
    let before = snapshot(&out);

    let inputs = out.join("inputs");
    fs::create_dir_all(&inputs).unwrap();
    let empty = inputs.join("empty.txt");
    fs::write(&empty, "").unwrap();
    let junk = inputs.join("junk.bin");
    fs::write(&junk, (0..=255u8).cycle().take(4096).collect::<Vec<u8>>()).unwrap();
    let no_dateline = inputs.join("no-dateline.txt");
    fs::write(
        &no_dateline,
        "Tiêu đề của bài viết\n\nMột đoạn văn.\n\nTin: A\n",
    )
    .unwrap();
    let huge = inputs.join("huge.txt");
    fs::File::create(&huge)
        .unwrap()
        .set_len(50 * 1024 * 1024)
        .unwrap();
    let missing = inputs.join("missing.txt");

    for (file, message) in [
        (&empty, "holds no text"),
        (&junk, "not"),
        (&no_dateline, "no line reads as a dateline"),
        (&huge, "at most"),
        (&missing, "cannot be read"),
    ] {
        // Alone, and beside a good file: a bad file stops the whole import.
        for files in [
            vec![file.as_path()],
            vec![repo(SEED).as_path(), file.as_path()],
        ] {
            let output = import_into(&out, &files);
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(
                output.status.code(),
                Some(1),
                "{}: {stderr}",
                file.display()
            );
            assert!(stderr.contains(message), "{}: {stderr}", file.display());
            assert!(!stderr.contains("panicked"), "{stderr}");
        }
    }
    fs::remove_dir_all(&inputs).unwrap();
    assert_eq!(snapshot(&out), before, "the output directory changed");
    fs::remove_dir_all(out).unwrap();
}

#[test]
fn usage_errors_exit_2() {
    let seed = repo(SEED).display().to_string();
    let texts = repo("crates/content/tests/texts").display().to_string();
    for (args, message) in [
        (
            &["import", "x.txt"][..],
            "import needs --category SLUG=NAME",
        ),
        (&["import", "--category", "x"], "--category wants SLUG=NAME"),
        (
            &["import", "--category", "Dân vận=Dân vận", &seed],
            "--category wants SLUG=NAME",
        ),
        (
            &["import", "--category", "a=A"],
            "import needs at least one FILE or FOLDER",
        ),
        (
            &["import", "--category", "a=A", "--title"],
            "--title needs a value",
        ),
        (
            &["import", "--category", "a=A", "--title", " ", &seed],
            "--title wants text on one line",
        ),
        (
            &[
                "import",
                "--category",
                "a=A",
                "--published",
                "19/10/2020",
                &seed,
            ],
            "is not a date like 2020-10-19",
        ),
        (
            &[
                "import",
                "--category",
                "a=A",
                "--published",
                "2020-10-19T08:00:00Z",
                &seed,
            ],
            "must be in Vietnam time",
        ),
        (
            &[
                "import",
                "--category",
                "a=A",
                "--source-url",
                "example.vn",
                &seed,
            ],
            "must be an absolute http(s) URL",
        ),
        (
            &[
                "import",
                "--category",
                "a=A",
                "--title",
                "Một tiêu đề khác",
                &texts,
            ],
            "--title describes one article, but",
        ),
        (
            &["import", "--category", "a=A", "--frobnicate", &seed],
            "unknown option --frobnicate",
        ),
        (&["publish-stats"], "publish-stats needs at least one SLUG"),
        (
            &["publish-stats", "Không phải slug"],
            "is not an article slug",
        ),
        (&["frobnicate"], "unknown command"),
        (&[], "USAGE"),
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
}

#[test]
fn a_folder_imports_as_one_batch_with_a_report() {
    let out = scratch("folder");
    let folder = out.join("raw");
    fs::create_dir_all(&folder).unwrap();
    for name in ["19-source-credit.txt", "42-shares.txt", "not-text.bin"] {
        let from = repo(&format!("crates/content/tests/texts/{name}"));
        if from.exists() {
            fs::copy(&from, folder.join(name)).unwrap();
        } else {
            fs::write(folder.join(name), b"\x00\x01").unwrap();
        }
    }
    let report = out.join("report.json");
    let data = out.join("data").display().to_string();
    let drafts = out.join("drafts").display().to_string();
    let report_arg = report.display().to_string();
    let folder_arg = folder.display().to_string();
    let args = [
        "import",
        "--category",
        "a=A",
        "--data",
        &data,
        "--drafts",
        &drafts,
        "--report",
        &report_arg,
    ];
    // A dry run prints what it would write and writes nothing but the report.
    let mut dry = args.to_vec();
    dry.extend(["--dry-run", &folder_arg]);
    let output = run(&dry);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("── "), "{stdout}");
    assert!(!out.join("data").exists() && !out.join("drafts").exists());
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(json["written"], false);
    assert_eq!(
        json["files"].as_array().unwrap().len(),
        2,
        "only .txt files are read"
    );

    let mut real = args.to_vec();
    real.push(&folder_arg);
    let output = run(&real);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let table = stdout.lines().next().unwrap();
    for column in [
        "file",
        "slug",
        "title",
        "published",
        "¶",
        "captions",
        "figures",
        "datasets",
        "removed",
        "problems",
    ] {
        assert!(table.contains(column), "{table}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(json["written"], true);
    let shares = &json["files"][1];
    assert_eq!(shares["slug"], "ty-le-hoc-sinh-do-tot-nghiep-dat-cao");
    assert_eq!(shares["published"], "2023-07-18T17:30:00+07:00");
    assert_eq!(shares["datasets"], 2);
    for slug in [
        "san-bay-quoc-te-don-luong-khach-ky-luc-dip-le",
        "ty-le-hoc-sinh-do-tot-nghiep-dat-cao",
    ] {
        assert!(out.join(format!("data/articles/{slug}.json")).exists());
        assert!(out.join(format!("drafts/{slug}.json")).exists());
        assert!(out.join(format!("drafts/{slug}.stats.json")).exists());
    }

    // A refused file in the folder: exit 1, its problem named, nothing new written.
    let before = snapshot(&out.join("data"));
    fs::write(
        folder.join("zz-no-date.txt"),
        "Một bài không có ngày đăng\n\nĐoạn văn thứ nhất.\n",
    )
    .unwrap();
    let output = run(&real);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("zz-no-date.txt: no date:"), "{stderr}");
    assert!(stderr.contains("--published"), "{stderr}");
    assert_eq!(snapshot(&out.join("data")), before);
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(json["written"], false);
    assert_eq!(json["files"][2]["imported"], false);
    fs::remove_dir_all(out).unwrap();
}

#[test]
fn check_passes_on_the_real_data() {
    let output = run(&["check", &repo("public/data").display().to_string()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn an_import_whose_write_fails_writes_nothing() {
    let out = scratch("write-fails");
    let slug = "hoi-nghi-giao-ban-cong-tac-dan-van-nam-2011-dang-bo-khoi-doanh-nghiep-trung-uong";
    // The last file of the import cannot be written: a directory stands at
    // the place of its proposed charts.
    fs::create_dir_all(out.join("drafts").join(format!("{slug}.stats.json"))).unwrap();
    let before = snapshot(&out);
    let output = import_into(&out, &[&repo(SEED)]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&format!("{slug}.stats.json")), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    // No article, no index, no draft, no temporary file.
    assert_eq!(snapshot(&out), before);
    assert!(!out.join("data").join("articles.json").exists());
    fs::remove_dir_all(&out).unwrap();
}
