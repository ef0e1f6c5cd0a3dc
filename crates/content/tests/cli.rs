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
    for args in [
        &["import", "x.txt"][..],
        &["import", "--category", "x"],
        &["frobnicate"],
        &[],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
    }
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
