//! The output directory, rewritten only where it changes: a build over an
//! existing output writes a file only when its bytes differ from what is
//! there, and at the end removes every file this build did not produce
//! (with its `.br` and `.gz`). So a CDN sync, or precompressing, touches
//! only what changed, and a build over any earlier output gives the same
//! tree as a clean one.
//!
//! Where the last build over this output left its [`Manifest`] (every file
//! it produced, with its length and a hash of its bytes), a file whose new
//! bytes have the length and hash listed, and that is still there, is not
//! read to be compared; and what this build did not produce is found in the
//! manifest, without listing the directory. Over hundreds of thousands of
//! files, reading them back was most of a build in which little changed.

use std::collections::HashMap;
use std::fs;
use std::hash::{Hash, Hasher};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tinso_content::fsio::replace_file;

/// The compressed copies precompressing writes beside a file.
const COMPRESSED: [&str; 2] = [".br", ".gz"];

/// Where the build writes, and what it has written so far. Shared by the
/// threads that render pages.
pub struct Output {
    dist: PathBuf,
    /// What the last build over `dist` left, if it left its manifest.
    earlier: Option<Manifest>,
    state: Mutex<State>,
}

/// Every file a build produced, relative to the output directory, with its
/// [`Fingerprint`].
pub type Manifest = HashMap<String, Fingerprint>;

/// A file's length and a hash of its bytes; `None` for a file left as it
/// was without being read ([`Output::keep`]).
pub type Fingerprint = Option<(u64, u64)>;

#[derive(Default)]
struct State {
    /// Every file this build produced, relative to the output directory.
    files: Manifest,
    /// The files whose bytes changed (or are new), in the order written.
    changed: Vec<String>,
    problems: Vec<String>,
}

/// What a build did to the output directory.
#[derive(Debug, Default)]
pub struct Written {
    /// Files the build produced.
    pub files: usize,
    /// Files written because they were new or their bytes changed, sorted.
    pub changed: Vec<String>,
    /// Files removed because this build no longer produces them, sorted
    /// (compressed copies not counted).
    pub removed: Vec<String>,
    /// What the next build starts from.
    pub manifest: Manifest,
}

impl Output {
    /// The output directory `dist`, with the manifest the last build over
    /// it left (`earlier`), if any.
    pub fn new(dist: &Path, earlier: Option<Manifest>) -> Output {
        Output {
            dist: dist.to_owned(),
            earlier,
            state: Mutex::new(State::default()),
        }
    }

    /// Puts `bytes` at `file` (relative to the output directory), writing
    /// only if the file there differs. Two producers of one file are a
    /// problem, reported by [`Output::finish`].
    pub fn put(&self, file: &str, bytes: &[u8]) {
        let fingerprint = fingerprint(bytes);
        if self
            .state()
            .files
            .insert(file.to_owned(), fingerprint)
            .is_some()
        {
            self.state()
                .problems
                .push(format!("{file}: written twice by the build"));
            return;
        }
        let path = self.dist.join(file);
        let listed = self.earlier.as_ref().and_then(|m| m.get(file)) == Some(&fingerprint);
        if listed && fs::metadata(&path).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        {
            return;
        }
        if !listed && same_bytes(&path, bytes) {
            return;
        }
        match replace_file(&path, bytes) {
            Ok(()) => self.state().changed.push(file.to_owned()),
            Err(e) => self
                .state()
                .problems
                .push(format!("{file}: cannot be written: {e}")),
        }
    }

    /// Leaves `file` as it is, if it is there: another program owns it (the
    /// live preview's state, which scripts/serve writes).
    pub fn keep(&self, file: &str) {
        let earlier = self.earlier.as_ref().and_then(|m| m.get(file).copied());
        self.state()
            .files
            .insert(file.to_owned(), earlier.flatten());
    }

    /// The text of `file` as an earlier build left it, if it is there.
    pub fn read_earlier(&self, file: &str) -> Option<String> {
        fs::read_to_string(self.dist.join(file)).ok()
    }

    /// Whether an earlier build left `file`.
    pub fn has_earlier(&self, file: &str) -> bool {
        self.dist.join(file).is_file()
    }

    /// Copies every file under `from` into `to` (relative to the output
    /// directory), but for the files (relative to `from`) that `skip`
    /// names and compressed copies (precompressing writes its own).
    pub fn copy_tree(
        &self,
        from: &Path,
        to: &str,
        skip: impl Fn(&str) -> bool,
    ) -> Result<(), Vec<String>> {
        for file in files_under(from).map_err(|e| vec![format!("{}: {e}", from.display())])? {
            if skip(&file) || is_compressed_copy(&file) {
                continue;
            }
            let bytes = fs::read(from.join(&file))
                .map_err(|e| vec![format!("{}/{file}: cannot be read: {e}", from.display())])?;
            let target = if to.is_empty() {
                file
            } else {
                format!("{to}/{file}")
            };
            self.put(&target, &bytes);
        }
        Ok(())
    }

    /// Removes what this build did not produce, and returns what it did, or
    /// every problem met on the way.
    pub fn finish(self) -> Result<Written, Vec<String>> {
        let state = self.state.into_inner().unwrap_or_else(|e| e.into_inner());
        if !state.problems.is_empty() {
            return Err(state.problems);
        }
        let present = match &self.earlier {
            // What the last build produced, and the compressed copies
            // precompressing may have written beside each.
            Some(earlier) => earlier
                .keys()
                .filter(|file| !state.files.contains_key(*file))
                .flat_map(|file| {
                    let copies = COMPRESSED.iter().map(move |ext| format!("{file}{ext}"));
                    std::iter::once(file.clone()).chain(copies)
                })
                .filter(|file| self.dist.join(file).is_file())
                .collect(),
            None => files_under(&self.dist)
                .map_err(|e| vec![format!("{}: cannot be listed: {e}", self.dist.display())])?,
        };
        let mut removed = Vec::new();
        for file in present {
            let source = COMPRESSED
                .iter()
                .find_map(|ext| file.strip_suffix(ext))
                .unwrap_or(&file);
            if state.files.contains_key(source) {
                continue;
            }
            fs::remove_file(self.dist.join(&file))
                .map_err(|e| vec![format!("{file}: cannot be removed: {e}")])?;
            if source == file {
                removed.push(file);
            }
        }
        match &self.earlier {
            // Only the directories of what was removed can have emptied.
            Some(_) => removed
                .iter()
                .for_each(|file| remove_empty_parents(&self.dist, file)),
            None => remove_empty_dirs(&self.dist),
        }
        let mut changed = state.changed;
        changed.sort();
        removed.sort();
        Ok(Written {
            files: state.files.len(),
            changed,
            removed,
            manifest: state.files,
        })
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn fingerprint(bytes: &[u8]) -> Fingerprint {
    let mut hasher = std::hash::DefaultHasher::new();
    bytes.hash(&mut hasher);
    Some((bytes.len() as u64, hasher.finish()))
}

/// Whether the file at `path` holds exactly `bytes` (the size first: most
/// changed pages change their length).
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    match fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == bytes.len() as u64 => {
            fs::read(path).is_ok_and(|old| old == bytes)
        }
        _ => false,
    }
}

fn is_compressed_copy(file: &str) -> bool {
    COMPRESSED.iter().any(|ext| file.ends_with(ext))
}

/// Every file under `dir`, as paths relative to it with `/` between names;
/// none if `dir` is absent.
pub fn files_under(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut files = Vec::new();
    let mut pending = vec![(dir.to_owned(), String::new())];
    while let Some((path, prefix)) = pending.pop() {
        let entries = match fs::read_dir(&path) {
            Ok(entries) => entries,
            Err(e) if e.kind() == ErrorKind::NotFound && prefix.is_empty() => return Ok(files),
            Err(e) => return Err(e),
        };
        for entry in entries {
            let entry = entry?;
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            let relative = if prefix.is_empty() {
                name
            } else {
                format!("{prefix}/{name}")
            };
            if entry.file_type()?.is_dir() {
                pending.push((entry.path(), relative));
            } else {
                files.push(relative);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Removes the directories holding `file` (relative to `dir`) that are
/// left empty, deepest first.
fn remove_empty_parents(dir: &Path, file: &str) {
    let mut parent = Path::new(file).parent();
    while let Some(relative) = parent.filter(|p| !p.as_os_str().is_empty()) {
        // Fails, as it should, when the directory still holds files.
        if fs::remove_dir(dir.join(relative)).is_err() {
            return;
        }
        parent = relative.parent();
    }
}

/// Removes the directories under `dir` left empty (deepest first).
fn remove_empty_dirs(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            let path = entry.path();
            remove_empty_dirs(&path);
            // Fails, as it should, when the directory still holds files.
            let _ = fs::remove_dir(&path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("output-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn writes_only_what_changed_and_removes_what_is_gone() {
        let dist = scratch("incremental");
        let first = Output::new(&dist, None);
        first.put("a/index.html", b"a");
        first.put("b/index.html", b"b");
        first.put("c.json", b"c");
        let written = first.finish().unwrap();
        assert_eq!(written.changed.len(), 3);
        fs::write(dist.join("b/index.html.br"), b"compressed").unwrap();
        fs::write(dist.join("c.json.br"), b"compressed").unwrap();

        let second = Output::new(&dist, None);
        second.put("a/index.html", b"a");
        second.put("c.json", b"c, corrected");
        let written = second.finish().unwrap();
        assert_eq!(written.files, 2);
        assert_eq!(written.changed, ["c.json"]);
        assert_eq!(written.removed, ["b/index.html"]);
        assert_eq!(
            files_under(&dist).unwrap(),
            ["a/index.html", "c.json", "c.json.br"]
        );
        fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn with_the_last_manifest_it_removes_what_is_gone_and_restores_what_went() {
        let dist = scratch("manifest");
        let first = Output::new(&dist, None);
        first.put("a/index.html", b"a");
        first.put("b/c/index.html", b"b");
        first.put("c.json", b"c");
        let manifest = first.finish().unwrap().manifest;
        fs::write(dist.join("b/c/index.html.gz"), b"compressed").unwrap();
        fs::remove_file(dist.join("c.json")).unwrap();

        let second = Output::new(&dist, Some(manifest));
        second.put("a/index.html", b"a");
        second.put("c.json", b"c");
        let written = second.finish().unwrap();
        assert_eq!(
            written.changed,
            ["c.json"],
            "a file gone from the output is written"
        );
        assert_eq!(written.removed, ["b/c/index.html"]);
        assert_eq!(files_under(&dist).unwrap(), ["a/index.html", "c.json"]);
        assert!(!dist.join("b").exists(), "emptied directories go");

        let third = Output::new(&dist, Some(written.manifest));
        third.put("a/index.html", b"A");
        third.keep("c.json");
        let written = third.finish().unwrap();
        assert_eq!(written.changed, ["a/index.html"]);
        assert_eq!(fs::read(dist.join("a/index.html")).unwrap(), b"A");
        assert_eq!(
            written.manifest["c.json"],
            fingerprint(b"c"),
            "kept as listed"
        );
        fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn a_file_written_twice_is_a_problem() {
        let dist = scratch("twice");
        let output = Output::new(&dist, None);
        output.put("x.json", b"1");
        output.put("x.json", b"2");
        let problems = output.finish().unwrap_err();
        assert_eq!(problems, ["x.json: written twice by the build"]);
        let _ = fs::remove_dir_all(dist);
    }
}
