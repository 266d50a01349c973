//! `error:` and `warning:` coloured as cargo colours them (bold red, bold yellow), on stderr
//! only when it is a terminal and `NO_COLOR` is unset (or as `--color` says).

use std::io::IsTerminal;

use crate::args::ColorWhen;

const RED: &str = "\x1b[1;31m";
const YELLOW: &str = "\x1b[1;33m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// Whether `NO_COLOR` asks for no colour (set and not empty).
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Whether messages on stderr are coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paint {
    on: bool,
}

impl Paint {
    /// For messages on stderr.
    pub fn for_stderr(choice: ColorWhen) -> Self {
        let on = match choice {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => std::io::stderr().is_terminal() && !no_color(),
        };
        Paint { on }
    }

    /// The `error:` prefix.
    pub fn error(self) -> String {
        self.paint(RED, "error")
    }

    fn paint(self, color: &str, level: &str) -> String {
        if self.on {
            format!("{color}{level}{RESET}{BOLD}:{RESET}")
        } else {
            format!("{level}:")
        }
    }

    /// `text` with the level at the start of each line (`error:`, `warning:`) coloured.
    pub fn levels(self, text: &str) -> String {
        if !self.on {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len());
        for line in text.split_inclusive('\n') {
            if let Some(rest) = line.strip_prefix("error:") {
                out.push_str(&self.error());
                out.push_str(rest);
            } else if let Some(rest) = line.strip_prefix("warning:") {
                out.push_str(&self.paint(YELLOW, "warning"));
                out.push_str(rest);
            } else {
                out.push_str(line);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_levels_are_coloured() {
        let on = Paint { on: true };
        let text = "error: bad\n  --> a.yaml:1:2\nwarning: odd\nno error: here\n";
        assert_eq!(
            on.levels(text),
            "\x1b[1;31merror\x1b[0m\x1b[1m:\x1b[0m bad\n  --> a.yaml:1:2\n\x1b[1;33mwarning\x1b[0m\x1b[1m:\x1b[0m odd\nno error: here\n"
        );
        assert_eq!(Paint { on: false }.levels(text), text);
        assert_eq!(Paint::for_stderr(ColorWhen::Never).error(), "error:");
        assert_eq!(Paint::for_stderr(ColorWhen::Always).error(), "\x1b[1;31merror\x1b[0m\x1b[1m:\x1b[0m");
    }
}
