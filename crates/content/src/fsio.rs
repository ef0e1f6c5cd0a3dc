//! File writing that never leaves half a file behind.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Writes `bytes` to `path` through a temporary file in the same directory
/// and a rename, so a reader (or a server) sees the old file or the new one,
/// never a part, and flushes it to disk first: for content, which exists
/// nowhere else. Creates missing parent directories.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_through_rename(path, bytes, true)
}

/// Like [`write_atomically`] without waiting for the disk: for build output,
/// which a crash costs only a rebuild. Waiting for the disk made up most of
/// the time a prerender of 10,000 articles took (tens of thousands of files).
pub fn replace_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_through_rename(path, bytes, false)
}

/// Writes every file or none: each is written whole to a temporary file
/// beside its place first, and only when all of them are (and on disk) do
/// they take their places, by renames. A file that cannot be written
/// leaves every place as it was. Returns the path that failed with its error.
pub fn write_all_atomically(files: &[(PathBuf, Vec<u8>)]) -> Result<(), (PathBuf, std::io::Error)> {
    let mut staged: Vec<(PathBuf, &Path)> = Vec::new();
    let unstage = |staged: &[(PathBuf, &Path)]| {
        for (temporary, _) in staged {
            let _ = fs::remove_file(temporary);
        }
    };
    for (path, bytes) in files {
        // A rename onto a directory, or to a name longer than file systems
        // allow (255 bytes), fails only after the others are done: refuse
        // them before any file takes its place.
        let too_long = path.file_name().is_some_and(|n| n.len() > 255);
        if path.is_dir() || too_long {
            unstage(&staged);
            let why = if too_long {
                "the file name is too long"
            } else {
                "a directory stands there"
            };
            return Err((path.clone(), std::io::Error::other(why)));
        }
        match stage(path, bytes, true) {
            Ok(temporary) => staged.push((temporary, path)),
            Err(error) => {
                unstage(&staged);
                return Err((path.clone(), error));
            }
        }
    }
    for (at, (temporary, path)) in staged.iter().enumerate() {
        if let Err(error) = fs::rename(temporary, path) {
            unstage(&staged[at..]);
            return Err((path.to_path_buf(), error));
        }
    }
    Ok(())
}

fn write_through_rename(path: &Path, bytes: &[u8], durable: bool) -> std::io::Result<()> {
    let temporary = stage(path, bytes, durable)?;
    fs::rename(&temporary, path).inspect_err(|_| {
        let _ = fs::remove_file(&temporary);
    })
}

/// Writes `bytes` to a temporary file beside `path` (creating its
/// directory) and returns the temporary file's path.
fn stage(path: &Path, bytes: &[u8], durable: bool) -> std::io::Result<PathBuf> {
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(parent)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    // A short temporary name (a file name at the system's limit must fit),
    // unique in this process: a batch stages many files before renaming.
    static STAGED: AtomicUsize = AtomicUsize::new(0);
    let short: String = name.chars().take(40).collect();
    let n = STAGED.fetch_add(1, Ordering::Relaxed);
    let temporary = parent.join(format!(".{short}.{}-{n}.tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        if durable {
            file.sync_all()?;
        }
        Ok(())
    })();
    match result {
        Ok(()) => Ok(temporary),
        Err(error) => {
            let _ = fs::remove_file(&temporary);
            Err(error)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_whole_file_and_leaves_no_temporary() {
        let dir = std::env::temp_dir().join(format!("fsio-test-{}", std::process::id()));
        let path = dir.join("sub/a.json");
        write_atomically(&path, b"first").unwrap();
        write_atomically(&path, b"second").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "second");
        let names: Vec<_> = fs::read_dir(dir.join("sub"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.json")]);
        replace_file(&path, b"third").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "third");
        assert_eq!(fs::read_dir(dir.join("sub")).unwrap().count(), 1);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_batch_is_written_whole_or_not_at_all() {
        let dir = std::env::temp_dir().join(format!("fsio-batch-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("taken")).unwrap();
        let good = dir.join("a.json");
        write_atomically(&good, b"old").unwrap();
        // The second file cannot be written: a directory stands at its place,
        // and the third's name is longer than a file system allows.
        for bad in [dir.join("taken"), dir.join("x".repeat(300))] {
            let files = vec![
                (good.clone(), b"new".to_vec()),
                (bad.clone(), b"x".to_vec()),
                (dir.join("c.json"), b"c".to_vec()),
            ];
            let (failed, _) = write_all_atomically(&files).unwrap_err();
            assert_eq!(failed, bad);
            assert_eq!(fs::read_to_string(&good).unwrap(), "old");
            assert!(!dir.join("c.json").exists());
            let mut names: Vec<_> = fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().file_name().into_string().unwrap())
                .collect();
            names.sort();
            assert_eq!(names, ["a.json", "taken"], "no temporary file is left");
        }
        write_all_atomically(&[(good.clone(), b"new".to_vec())]).unwrap();
        assert_eq!(fs::read_to_string(&good).unwrap(), "new");
        fs::remove_dir_all(dir).unwrap();
    }
}
