//! [`Upload`]: the bytes of a binary request body, from memory, a file or a stream.

use std::fmt;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures_core::Stream;

use crate::error::BoxError;

type Chunks = Pin<Box<dyn Stream<Item = Result<Bytes, BoxError>> + Send>>;

/// The bytes of a binary request body (`application/octet-stream`, an image, …): what an
/// operation with such a body takes as `impl Into<Upload>`.
///
/// | made from | sent | replayable (retried) |
/// |---|---|---|
/// | `Vec<u8>`, [`Bytes`], `&'static [u8]`, `String`, `&'static str` | from memory | yes |
/// | [`Upload::file`] (a path) | streamed from the file, opened again for each attempt | yes |
/// | `tokio::fs::File` (an open file) | streamed from where the file is | no |
/// | [`Upload::stream`] (a `Stream` of chunks) | as the stream yields | no |
///
/// A body that is not replayable is sent once: a failure that would be retried (a `503`, a
/// connection reset, a `401` after which a credential was renewed) is returned to the caller
/// instead, since the bytes are gone. A file given by path must still be there, unchanged,
/// when an attempt is retried.
#[derive(Clone)]
pub struct Upload {
    source: Source,
}

#[derive(Clone)]
enum Source {
    Bytes(Bytes),
    Path(PathBuf),
    /// Taken by the first attempt.
    Once(Arc<Mutex<Option<Once>>>),
}

enum Once {
    Stream(Chunks),
    File(tokio::fs::File),
}

impl Upload {
    /// The file at `path`, streamed (not read into memory), opened again for each attempt.
    /// A file that cannot be opened fails the call unsent with `Error::InvalidRequest`.
    pub fn file(path: impl AsRef<Path>) -> Upload {
        Upload { source: Source::Path(path.as_ref().to_owned()) }
    }

    /// The chunks of `stream`, sent as they come; sent once, never retried.
    pub fn stream<S, T, E>(stream: S) -> Upload
    where
        S: Stream<Item = Result<T, E>> + Send + 'static,
        T: Into<Bytes>,
        E: Into<BoxError>,
    {
        let chunks = futures_util::StreamExt::map(stream, |chunk| chunk.map(Into::into).map_err(Into::into));
        Upload { source: Source::Once(Arc::new(Mutex::new(Some(Once::Stream(Box::pin(chunks)))))) }
    }

    /// `true` when every attempt can send the same bytes again (memory, a path).
    pub fn is_replayable(&self) -> bool {
        !matches!(self.source, Source::Once(_))
    }

    /// The length, when it is known without reading (bytes in memory).
    pub fn len(&self) -> Option<usize> {
        match &self.source {
            Source::Bytes(bytes) => Some(bytes.len()),
            _ => None,
        }
    }

    /// `true` for bytes in memory that are empty.
    pub fn is_empty(&self) -> bool {
        self.len() == Some(0)
    }

    /// The body of one attempt, or why there is none.
    pub(crate) async fn body(&self) -> Result<reqwest::Body, String> {
        match &self.source {
            Source::Bytes(bytes) => Ok(reqwest::Body::from(bytes.clone())),
            Source::Path(path) => match tokio::fs::File::open(path).await {
                Ok(file) => Ok(reqwest::Body::from(file)),
                Err(err) => Err(format!("the file to upload `{}` cannot be opened: {err}", path.display())),
            },
            Source::Once(once) => {
                let taken = once.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take();
                match taken {
                    Some(Once::Stream(chunks)) => Ok(reqwest::Body::wrap_stream(chunks)),
                    Some(Once::File(file)) => Ok(reqwest::Body::from(file)),
                    None => Err("the upload was already sent once and cannot be sent again".to_owned()),
                }
            }
        }
    }
}

impl fmt::Debug for Upload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            Source::Bytes(bytes) => f.debug_struct("Upload").field("len", &bytes.len()).finish(),
            Source::Path(path) => f.debug_struct("Upload").field("file", path).finish(),
            Source::Once(_) => f.debug_struct("Upload").field("replayable", &false).finish(),
        }
    }
}

impl From<Bytes> for Upload {
    fn from(bytes: Bytes) -> Upload {
        Upload { source: Source::Bytes(bytes) }
    }
}

impl From<Vec<u8>> for Upload {
    fn from(bytes: Vec<u8>) -> Upload {
        Bytes::from(bytes).into()
    }
}

impl From<&'static [u8]> for Upload {
    fn from(bytes: &'static [u8]) -> Upload {
        Bytes::from_static(bytes).into()
    }
}

impl<const N: usize> From<&'static [u8; N]> for Upload {
    fn from(bytes: &'static [u8; N]) -> Upload {
        Bytes::from_static(bytes).into()
    }
}

impl From<String> for Upload {
    fn from(text: String) -> Upload {
        Bytes::from(text).into()
    }
}

impl From<&'static str> for Upload {
    fn from(text: &'static str) -> Upload {
        Bytes::from_static(text.as_bytes()).into()
    }
}

impl From<tokio::fs::File> for Upload {
    /// An open file, streamed from its current position; sent once, never retried (use
    /// [`Upload::file`] with its path for a body that retries).
    fn from(file: tokio::fs::File) -> Upload {
        Upload { source: Source::Once(Arc::new(Mutex::new(Some(Once::File(file))))) }
    }
}
