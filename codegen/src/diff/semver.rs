//! Semantic versions of generated crates: the bump a set of changes needs, and whether the
//! new `info.x-crate-version` makes it (with Cargo's rule that in `0.y.z` the `y` is the
//! breaking component).

use std::fmt;

use serde::Serialize;

/// A version bump, from none to major.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bump {
    /// No release needed.
    None,
    /// Fixes only: the Rust API is unchanged.
    Patch,
    /// Additions: existing code keeps compiling.
    Minor,
    /// Breaking changes.
    Major,
}

impl fmt::Display for Bump {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        })
    }
}

/// `major.minor.patch`; pre-release and build suffixes are ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    /// Major.
    pub major: u64,
    /// Minor.
    pub minor: u64,
    /// Patch.
    pub patch: u64,
}

impl Version {
    /// Parses `1.2.3` (also `1.2.3-beta.1+build`); `None` when it is not a version.
    pub fn parse(text: &str) -> Option<Version> {
        let core = text.trim().split(['-', '+']).next()?;
        let mut parts = core.split('.').map(|p| p.parse::<u64>().ok());
        let version = Version { major: parts.next()??, minor: parts.next()??, patch: parts.next()?? };
        parts.next().is_none().then_some(version)
    }

    /// The smallest version after this one that makes `bump`.
    pub fn bumped(self, bump: Bump) -> Version {
        let Version { major, minor, patch } = self;
        match (bump, major, minor) {
            (Bump::None, ..) => self,
            (Bump::Major, 0, 0) | (Bump::Minor, 0, 0) | (Bump::Patch, _, _) => Version { patch: patch + 1, ..self },
            (Bump::Major, 0, _) => Version { major: 0, minor: minor + 1, patch: 0 },
            (Bump::Major, _, _) => Version { major: major + 1, minor: 0, patch: 0 },
            (Bump::Minor, 0, _) => Version { patch: patch + 1, ..self },
            (Bump::Minor, _, _) => Version { minor: minor + 1, patch: 0, ..self },
        }
    }

    /// The bump going from `self` to `new` makes, in Cargo's compatibility terms (`None` when
    /// the version does not move forward).
    pub fn bump_to(self, new: Version) -> Bump {
        if new <= self {
            return Bump::None;
        }
        match (self.major, self.minor) {
            (0, 0) => Bump::Major,
            (0, _) if new.major > 0 || new.minor != self.minor => Bump::Major,
            // In 0.y.z the last component carries both additions and fixes.
            (0, _) => Bump::Minor,
            _ if new.major != self.major => Bump::Major,
            _ if new.minor != self.minor => Bump::Minor,
            _ => Bump::Patch,
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// The version a bump leads to from `version`, and what it means for a `0.y.z` crate
/// (`0.1.0 → 0.2.0: in 0.y.z, y is the breaking component`).
pub fn meaning(version: Version, bump: Bump) -> String {
    let next = version.bumped(bump);
    let note = match (bump, version.major, version.minor) {
        (Bump::None, ..) => return "no release".to_owned(),
        (_, 0, 0) => ": in 0.0.z every change is breaking",
        (Bump::Major, 0, _) => ": in 0.y.z, y is the breaking component",
        (Bump::Minor | Bump::Patch, 0, _) => ": in 0.y.z, z carries additions and fixes",
        _ => "",
    };
    format!("{version} → {next}{note}")
}

/// Whether the new `info.x-crate-version` reflects the bump the changes need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VersionCheck {
    /// The old spec's crate version.
    pub old: String,
    /// The new spec's crate version.
    pub new: String,
    /// The bump the changes need.
    pub needed: Bump,
    /// The bump the version change makes (`none` when it does not move forward).
    pub made: Bump,
    /// The smallest version that reflects the changes.
    pub suggested: Option<String>,
    /// `true` when the new version makes at least the needed bump.
    pub reflects: bool,
    /// One sentence for people.
    pub note: String,
}

impl VersionCheck {
    /// Compares `old` and `new` (the crate versions) against the `needed` bump.
    pub fn new(old: &str, new: &str, needed: Bump) -> VersionCheck {
        let (Some(o), Some(n)) = (Version::parse(old), Version::parse(new)) else {
            return VersionCheck {
                old: old.to_owned(),
                new: new.to_owned(),
                needed,
                made: Bump::None,
                suggested: None,
                reflects: needed == Bump::None,
                note: format!("`info.x-crate-version` `{old}` → `{new}` is not a `major.minor.patch` version"),
            };
        };
        let made = o.bump_to(n);
        let reflects = made >= needed;
        let suggested = (needed > Bump::None).then(|| o.bumped(needed).to_string());
        let note = if needed == Bump::None {
            match made {
                Bump::None if n == o => format!("`info.x-crate-version` stays {o}; no release is needed"),
                Bump::None => format!("`info.x-crate-version` goes backwards ({o} → {n})"),
                _ => format!("`info.x-crate-version` {o} → {n}; no change needed a release"),
            }
        } else if n < o {
            format!("`info.x-crate-version` goes backwards ({o} → {n}); it should be at least {}", o.bumped(needed))
        } else if reflects {
            format!("`info.x-crate-version` {o} → {n} reflects it")
        } else if n == o {
            format!("`info.x-crate-version` is still {o}; it should be at least {}", o.bumped(needed))
        } else {
            let what =
                if made == Bump::Patch { "only a patch release" } else { "a compatible release, not a breaking one" };
            format!("`info.x-crate-version` {o} → {n} is {what}; it should be at least {}", o.bumped(needed))
        };
        VersionCheck { old: old.to_owned(), new: new.to_owned(), needed, made, suggested, reflects, note }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    #[test]
    fn bumps_follow_cargo() {
        assert_eq!(v("0.1.0").bumped(Bump::Major).to_string(), "0.2.0");
        assert_eq!(v("0.1.3").bumped(Bump::Minor).to_string(), "0.1.4");
        assert_eq!(v("0.0.3").bumped(Bump::Major).to_string(), "0.0.4");
        assert_eq!(v("1.2.3").bumped(Bump::Major).to_string(), "2.0.0");
        assert_eq!(v("1.2.3").bumped(Bump::Minor).to_string(), "1.3.0");
        assert_eq!(v("1.2.3").bumped(Bump::Patch).to_string(), "1.2.4");
        assert_eq!(v("0.1.0").bump_to(v("0.2.0")), Bump::Major);
        assert_eq!(v("0.1.0").bump_to(v("0.1.1")), Bump::Minor);
        assert_eq!(v("1.1.0").bump_to(v("1.1.1")), Bump::Patch);
        assert_eq!(v("1.1.0").bump_to(v("1.0.9")), Bump::None);
        assert_eq!(Version::parse("1.2"), None);
        assert_eq!(Version::parse("1.2.3-rc.1"), Some(v("1.2.3")));
    }

    #[test]
    fn checks() {
        assert!(VersionCheck::new("0.1.0", "0.2.0", Bump::Major).reflects);
        assert!(!VersionCheck::new("0.1.0", "0.1.1", Bump::Major).reflects);
        assert!(VersionCheck::new("0.1.0", "0.1.1", Bump::Minor).reflects);
        assert!(!VersionCheck::new("1.1.0", "1.1.1", Bump::Minor).reflects);
        assert!(!VersionCheck::new("x", "0.1.1", Bump::Minor).reflects);
    }
}
