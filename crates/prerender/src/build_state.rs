//! What a build leaves for the next build over the same output to start
//! from, in the file `TINSO_BUILD_STATE` names (scripts/build keeps one per
//! output directory under cargo's target directory, never in the output a
//! CDN serves): the output's [`Manifest`], so that unchanged files are not
//! read back to be compared, and the search index's [`IndexState`], so
//! that one new article updates the index instead of building it again.
//!
//! A state holds only for the output the build that wrote it left: it is
//! removed before a build touches the output and written again only once
//! that build has finished, so an interrupted or failed build leaves none;
//! and it holds only for the prerenderer that wrote it (its fingerprint is
//! the program's own bytes), so a new build of the tools starts afresh.
//! Editing the output by hand is not noticed: build into an empty
//! directory, or remove the state, after doing that.

use std::hash::{Hash, Hasher};
#[cfg(test)]
use std::path::Path;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use tinso_content::fsio::replace_file;
use tinso_model::search_index::IndexState;

use crate::output::{Fingerprint, Manifest};

#[derive(Serialize, Deserialize)]
pub struct BuildState {
    /// A hash of the prerenderer that wrote it: see the module's notes.
    fingerprint: u64,
    /// Sorted by path, so that the state of one output is one text.
    files: Vec<(String, Fingerprint)>,
    pub search: IndexState,
}

impl BuildState {
    pub fn manifest(&mut self) -> Manifest {
        std::mem::take(&mut self.files).into_iter().collect()
    }
}

/// Where the state of this output is kept, if anywhere.
pub struct StateFile {
    path: PathBuf,
    fingerprint: u64,
}

impl StateFile {
    /// The state file `TINSO_BUILD_STATE` names, if set and the program
    /// can read itself.
    pub fn from_env() -> Option<StateFile> {
        let path = PathBuf::from(std::env::var_os("TINSO_BUILD_STATE")?);
        let program = std::fs::read(std::env::current_exe().ok()?).ok()?;
        let mut hasher = std::hash::DefaultHasher::new();
        program.hash(&mut hasher);
        Some(StateFile {
            path,
            fingerprint: hasher.finish(),
        })
    }

    /// Takes the last build's state (none if absent, unreadable, or left by
    /// another prerenderer) and removes its file: from here on the output
    /// is this build's.
    pub fn take(&self) -> Result<Option<BuildState>, String> {
        let state = std::fs::read(&self.path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<BuildState>(&bytes).ok())
            .filter(|state| state.fingerprint == self.fingerprint);
        match std::fs::remove_file(&self.path) {
            Ok(()) => Ok(state),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(state),
            Err(e) => Err(format!("{}: cannot be removed: {e}", self.path.display())),
        }
    }

    /// Leaves `manifest` and `search` for the next build, once this one
    /// has finished.
    pub fn save(&self, manifest: Manifest, search: IndexState) -> Result<(), String> {
        let mut files: Vec<(String, Fingerprint)> = manifest.into_iter().collect();
        files.sort_unstable();
        let state = BuildState {
            fingerprint: self.fingerprint,
            files,
            search,
        };
        let json = serde_json::to_vec(&state).expect("a build state serializes");
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("{}: cannot be made: {e}", dir.display()))?;
        }
        replace_file(&self.path, &json)
            .map_err(|e| format!("{}: cannot be written: {e}", self.path.display()))
    }

    #[cfg(test)]
    fn at(path: &Path, fingerprint: u64) -> StateFile {
        StateFile {
            path: path.to_owned(),
            fingerprint,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tinso_model::search_index::build_index;

    fn state() -> IndexState {
        build_index(&[], &mut |_, _| {})
    }

    #[test]
    fn a_state_is_taken_once_and_only_by_the_program_that_left_it() {
        let path = std::env::temp_dir().join(format!("build-state-{}/s.json", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let file = StateFile::at(&path, 7);
        assert!(file.take().unwrap().is_none(), "no state yet");
        let manifest =
            Manifest::from([("a.html".to_owned(), Some((3, 9))), ("b".to_owned(), None)]);
        file.save(manifest.clone(), state()).unwrap();
        let mut taken = file.take().unwrap().expect("the state left");
        assert_eq!(taken.search, state());
        assert_eq!(taken.manifest(), manifest);
        assert!(
            file.take().unwrap().is_none(),
            "taken once: a failed build leaves none"
        );
        file.save(Manifest::new(), state()).unwrap();
        assert!(
            StateFile::at(&path, 8).take().unwrap().is_none(),
            "another program's"
        );
        assert!(!path.exists());
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
    }
}
