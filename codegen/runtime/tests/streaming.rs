//! Streamed downloads and uploads from memory, files and streams (loopback HTTP, real reqwest).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use codegen_runtime::{
    decode_bytes, Call, ClientBuilder, ClientCore, Error, Method, RequestSpec, RetryPolicy, TryStreamExt, Upload,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

fn core(url: &str) -> ClientCore {
    let retry = RetryPolicy::with_max_retries(3).delays(Duration::from_millis(1), Duration::from_millis(5));
    ClientBuilder::new(url, "test").retry(retry).build().unwrap()
}

fn download(core: &ClientCore) -> Call<Vec<u8>, serde_json::Value> {
    let mut spec = RequestSpec::new("download", Method::GET, "/blob", &[]);
    spec.accept = "application/octet-stream";
    Call::new(core, spec, decode_bytes)
}

/// A server that sends a chunked body: the first chunk, then the rest only once `release`
/// is notified, so a client that buffered the body would never see the first chunk.
#[tokio::test]
async fn a_streamed_download_yields_chunks_as_they_arrive() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let release = Arc::new(tokio::sync::Notify::new());
    let released = release.clone();
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut buf = vec![0u8; 4096];
        let mut head = Vec::new();
        while !String::from_utf8_lossy(&head).contains("\r\n\r\n") {
            let n = socket.read(&mut buf).await.unwrap();
            head.extend_from_slice(&buf[..n]);
        }
        let start = "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ntransfer-encoding: chunked\r\n\r\n";
        socket.write_all(start.as_bytes()).await.unwrap();
        let chunk = |fill: u8| {
            let data = vec![fill; 64 * 1024];
            let mut out = format!("{:x}\r\n", data.len()).into_bytes();
            out.extend_from_slice(&data);
            out.extend_from_slice(b"\r\n");
            out
        };
        socket.write_all(&chunk(b'a')).await.unwrap();
        socket.flush().await.unwrap();
        released.notified().await;
        for fill in [b'b', b'c', b'd'] {
            socket.write_all(&chunk(fill)).await.unwrap();
            socket.flush().await.unwrap();
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        socket.write_all(b"0\r\n\r\n").await.unwrap();
    });
    let core = core(&url);
    let mut stream = tokio::time::timeout(Duration::from_secs(5), download(&core).send_streaming())
        .await
        .expect("the stream starts before the body ends")
        .unwrap();
    assert_eq!(stream.status(), 200);
    assert_eq!(stream.header("content-type"), Some("application/octet-stream"));
    let first = tokio::time::timeout(Duration::from_secs(5), stream.try_next())
        .await
        .expect("the first chunk arrives while the server holds the rest")
        .unwrap()
        .unwrap();
    assert!(!first.is_empty() && first.iter().all(|b| *b == b'a'));
    release.notify_one();
    let mut total = first.len();
    let mut chunks = 1;
    let mut last = b'a';
    while let Some(chunk) = stream.try_next().await.unwrap() {
        assert!(chunk[0] >= last, "in order");
        last = chunk[0];
        total += chunk.len();
        chunks += 1;
    }
    assert_eq!(total, 4 * 64 * 1024);
    assert!(chunks >= 4, "several chunks, not one buffered body: {chunks}");
    assert_eq!(last, b'd');
}

/// Answers 503 `failures` times, then 200 with the request body's length; counts requests.
struct Flaky {
    failures: usize,
    seen: Arc<AtomicUsize>,
    bodies: Arc<std::sync::Mutex<Vec<Vec<u8>>>>,
}

impl Respond for Flaky {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let n = self.seen.fetch_add(1, Ordering::SeqCst);
        self.bodies.lock().unwrap().push(request.body.clone());
        if n < self.failures {
            ResponseTemplate::new(503)
        } else {
            ResponseTemplate::new(200).set_body_string(request.body.len().to_string())
        }
    }
}

async fn upload_server(failures: usize) -> (MockServer, Arc<AtomicUsize>, Arc<std::sync::Mutex<Vec<Vec<u8>>>>) {
    let server = MockServer::start().await;
    let seen = Arc::new(AtomicUsize::new(0));
    let bodies = Arc::new(std::sync::Mutex::new(Vec::new()));
    Mock::given(method("PUT"))
        .and(path("/blob"))
        .and(header("content-type", "application/octet-stream"))
        .respond_with(Flaky { failures, seen: seen.clone(), bodies: bodies.clone() })
        .mount(&server)
        .await;
    (server, seen, bodies)
}

fn upload(core: &ClientCore, body: impl Into<Upload>) -> Call<String, serde_json::Value> {
    let mut spec = RequestSpec::new("upload", Method::PUT, "/blob", &[]);
    spec.upload_body("application/octet-stream", body);
    Call::new(core, spec, codegen_runtime::decode_text)
}

#[tokio::test]
async fn a_buffered_download_reads_the_whole_body() {
    let server = MockServer::start().await;
    let body: Vec<u8> = (0..=255u8).cycle().take(300_000).collect();
    Mock::given(method("GET"))
        .and(path("/blob"))
        .and(header("accept", "application/octet-stream"))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(body.clone()))
        .expect(2)
        .mount(&server)
        .await;
    let core = core(&server.uri());
    let bytes = download(&core).await.unwrap();
    assert_eq!(bytes, body);
    // The same bytes through the stream, collected.
    let collected = download(&core).send_streaming().await.unwrap().collect().await.unwrap();
    assert_eq!(collected, body);
}

#[tokio::test]
async fn an_error_status_is_decoded_before_any_stream() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/blob"))
        .respond_with(ResponseTemplate::new(404).set_body_string("no such blob"))
        .expect(1)
        .mount(&server)
        .await;
    let core = core(&server.uri());
    match download(&core).send_streaming().await {
        Err(Error::Status(e)) => {
            assert_eq!(e.status, 404);
            assert_eq!(&e.body[..], b"no such blob");
        }
        other => panic!("expected a 404 status error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_replayable_upload_is_retried_after_a_503() {
    let (server, seen, bodies) = upload_server(1).await;
    let core = core(&server.uri());
    let data = vec![7u8; 10_000];
    let answer = upload(&core, data.clone()).await.unwrap();
    assert_eq!(answer, "10000");
    assert_eq!(seen.load(Ordering::SeqCst), 2, "sent again after the 503");
    assert!(bodies.lock().unwrap().iter().all(|b| *b == data), "the same bytes each time");
}

#[tokio::test]
async fn a_file_upload_is_reopened_for_each_attempt() {
    let (server, seen, bodies) = upload_server(2).await;
    let core = core(&server.uri());
    let dir = std::env::temp_dir().join(format!("codegen-upload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("blob.bin");
    let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(&file, &data).unwrap();
    let answer = upload(&core, Upload::file(&file)).await.unwrap();
    assert_eq!(answer, data.len().to_string());
    assert_eq!(seen.load(Ordering::SeqCst), 3);
    assert!(bodies.lock().unwrap().iter().all(|b| *b == data));
    // A missing file fails unsent.
    let missing = upload(&core, Upload::file(dir.join("missing.bin"))).await.unwrap_err();
    assert!(matches!(missing, Error::InvalidRequest { .. }), "{missing:?}");
    assert!(missing.to_string().contains("missing.bin"), "{missing}");
    assert_eq!(seen.load(Ordering::SeqCst), 3);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_streamed_upload_is_sent_once_and_its_503_reported() {
    let (server, seen, bodies) = upload_server(1).await;
    let core = core(&server.uri());
    let chunks = futures_util::stream::iter(
        [b"hello ".to_vec(), b"streamed ".to_vec(), b"world".to_vec()].map(Ok::<_, std::io::Error>),
    );
    let upload_body = Upload::stream(chunks);
    assert!(!upload_body.is_replayable());
    match upload(&core, upload_body).await {
        Err(Error::Status(e)) => assert_eq!(e.status, 503),
        other => panic!("expected the 503, got {other:?}"),
    }
    assert_eq!(seen.load(Ordering::SeqCst), 1, "a body that cannot be replayed is not retried");
    assert_eq!(bodies.lock().unwrap()[0], b"hello streamed world");
    // An open file is not replayable either.
    let path = std::env::temp_dir().join(format!("codegen-upload-once-{}", std::process::id()));
    std::fs::write(&path, b"abc").unwrap();
    let file = tokio::fs::File::open(&path).await.unwrap();
    let answer = upload(&core, file).await.unwrap();
    assert_eq!(answer, "3");
    assert_eq!(seen.load(Ordering::SeqCst), 2);
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn an_upload_shows_no_bytes_in_debug() {
    let mut spec = RequestSpec::new("upload", Method::PUT, "/blob", &[]);
    spec.upload_body("application/octet-stream", b"secret-bytes".to_vec());
    let text = format!("{spec:?}");
    assert!(!text.contains("secret") && text.contains("len: 12"), "{text}");
}

/// A server that answers the n-th connection with the n-th canned bytes, then closes; counts
/// connections.
async fn canned(replies: Vec<Vec<u8>>) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let n = seen.fetch_add(1, Ordering::SeqCst);
            let reply = replies[n.min(replies.len() - 1)].clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 4096];
                let mut head = Vec::new();
                while !String::from_utf8_lossy(&head).contains("\r\n\r\n") {
                    match socket.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let _ = socket.write_all(&reply).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    (url, count)
}

#[tokio::test]
async fn a_503_before_the_body_is_retried_then_the_body_streams() {
    let busy = b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".to_vec();
    let ok = b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\nconnection: close\r\n\r\nhello".to_vec();
    let (url, count) = canned(vec![busy, ok]).await;
    let core = core(&url);
    let stream = download(&core).send_streaming().await.unwrap();
    assert_eq!(stream.attempts(), 2, "the 503 came before any body: retried");
    assert_eq!(stream.collect().await.unwrap(), b"hello");
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_body_cut_while_streaming_ends_the_stream_with_an_error_and_no_retry() {
    // Announces 100,000 bytes, sends 10 and closes.
    let cut = b"HTTP/1.1 200 OK\r\ncontent-length: 100000\r\nconnection: close\r\n\r\n0123456789".to_vec();
    let (url, count) = canned(vec![cut]).await;
    let core = core(&url);
    let mut stream = download(&core).send_streaming().await.unwrap();
    let mut received = Vec::new();
    let err = loop {
        match stream.try_next().await {
            Ok(Some(chunk)) => received.extend_from_slice(&chunk),
            Ok(None) => panic!("the stream ended without the error of the cut body"),
            Err(err) => break err,
        }
    };
    assert_eq!(received, b"0123456789");
    assert!(matches!(err, Error::Transport { operation: "download", attempts: 1, .. }), "{err:?}");
    assert_eq!(stream.try_next().await.unwrap(), None, "the stream ends after its error");
    assert_eq!(count.load(Ordering::SeqCst), 1, "nothing is retried once the body streams");
}
