//! Media of a generated client on loopback (wiremock), with `e2e/specs/media.yaml`: streamed
//! and buffered downloads, uploads from bytes, files and streams (retried only when replayable).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use media_client::{Client, Error, ErrorBody, RetryPolicy, TryStreamExt, Upload};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    let retry = RetryPolicy::with_max_retries(3).delays(Duration::from_millis(1), Duration::from_millis(5));
    Client::builder(server.uri()).retry(retry).build().unwrap()
}

fn blob(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i % 251) as u8).collect()
}

#[tokio::test]
async fn a_download_streams_in_several_chunks_or_reads_whole() {
    let server = MockServer::start().await;
    let body = blob(4 << 20);
    Mock::given(method("GET"))
        .and(path("/blobs/big"))
        .and(|req: &Request| {
            req.headers.get("accept").and_then(|v| v.to_str().ok())
                == Some("application/octet-stream, application/json;q=0.5")
        })
        .respond_with(ResponseTemplate::new(200).set_body_bytes(body.clone()))
        .expect(2)
        .mount(&server)
        .await;
    let client = client(&server);
    let mut stream = client.download_blob("big").send_streaming().await.unwrap();
    assert_eq!(stream.status(), 200);
    assert_eq!(stream.content_length(), Some(body.len() as u64));
    let (mut chunks, mut received) = (0, Vec::new());
    while let Some(chunk) = stream.try_next().await.unwrap() {
        chunks += 1;
        received.extend_from_slice(&chunk);
    }
    assert_eq!(received, body);
    assert!(chunks > 1, "4 MiB arrive in several chunks, not one buffer: {chunks}");
    // Buffered: `.await` gives the bytes.
    assert_eq!(client.download_blob("big").await.unwrap(), body);
}

#[tokio::test]
async fn a_streamed_download_fails_with_the_documented_error_body_before_streaming() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/blobs/gone"))
        .respond_with(ResponseTemplate::new(404).set_body_json(serde_json::json!({"message": "no blob gone"})))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server).download_blob("gone").send_streaming().await.unwrap_err();
    assert!(matches!(err.error_body(), Some(ErrorBody::Problem(p)) if p.message == "no blob gone"), "{err:?}");
}

#[tokio::test]
async fn a_text_download_streams_too() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/reports/latest"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("a,b\n1,2\n", "text/csv"))
        .expect(2)
        .mount(&server)
        .await;
    let client = client(&server);
    assert_eq!(client.latest_report().await.unwrap(), "a,b\n1,2\n");
    let text = client.latest_report().send_streaming().await.unwrap().collect().await.unwrap();
    assert_eq!(text, b"a,b\n1,2\n");
}

/// 503 for the first `failures` requests, then 201 with the size received.
struct Flaky {
    failures: usize,
    seen: Arc<AtomicUsize>,
}

impl Respond for Flaky {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        if self.seen.fetch_add(1, Ordering::SeqCst) < self.failures {
            return ResponseTemplate::new(503);
        }
        ResponseTemplate::new(201).set_body_json(serde_json::json!({"name": "x", "size": request.body.len()}))
    }
}

async fn flaky_upload(failures: usize) -> (MockServer, Arc<AtomicUsize>) {
    let server = MockServer::start().await;
    let seen = Arc::new(AtomicUsize::new(0));
    Mock::given(method("PUT"))
        .and(path("/blobs/x"))
        .and(header("content-type", "application/octet-stream"))
        .respond_with(Flaky { failures, seen: seen.clone() })
        .mount(&server)
        .await;
    (server, seen)
}

#[tokio::test]
async fn an_upload_from_bytes_or_a_file_is_retried_after_a_503() {
    let (server, seen) = flaky_upload(1).await;
    let client = client(&server);
    let stored = client.upload_blob("x", blob(5000)).await.unwrap();
    assert_eq!(stored.size, 5000);
    assert_eq!(seen.load(Ordering::SeqCst), 2);

    let file = std::env::temp_dir().join(format!("e2e-media-{}.bin", std::process::id()));
    std::fs::write(&file, blob(70_000)).unwrap();
    seen.store(0, Ordering::SeqCst);
    let stored = client.upload_blob("x", Upload::file(&file)).await.unwrap();
    assert_eq!(stored.size, 70_000, "the whole file again on the retry");
    assert_eq!(seen.load(Ordering::SeqCst), 2);
    std::fs::remove_file(&file).unwrap();
}

#[tokio::test]
async fn an_upload_from_a_stream_is_sent_once() {
    let (server, seen) = flaky_upload(1).await;
    let chunks = futures_util::stream::iter((0..4).map(|i| Ok::<_, std::io::Error>(vec![i as u8; 1000])));
    let err = client(&server).upload_blob("x", Upload::stream(chunks)).await.unwrap_err();
    assert!(matches!(&err, Error::Status(e) if e.status == 503), "the 503 is reported: {err:?}");
    assert_eq!(seen.load(Ordering::SeqCst), 1, "not retried: the stream cannot be sent again");
}

/// The body's other media types are methods of their own, on the same call (its setters
/// apply), each sent with its `Content-Type`.
#[tokio::test]
async fn each_media_type_of_a_body_is_sent_with_its_content_type() {
    let server = MockServer::start().await;
    let note = serde_json::json!({"title": "t", "body": "b"});
    Mock::given(method("POST"))
        .and(path("/notes"))
        .and(header("content-type", "application/json"))
        .and(wiremock::matchers::body_json(&note))
        .and(wiremock::matchers::query_param("draft", "true"))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({"title": "json"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/notes"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(wiremock::matchers::body_string("title=t&body=b"))
        .and(wiremock::matchers::query_param("draft", "true"))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({"title": "form"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/notes"))
        .and(|req: &Request| {
            let content_type = req.headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default();
            let body = String::from_utf8_lossy(&req.body);
            content_type.starts_with("multipart/form-data; boundary=")
                && body.contains("name=\"title\"\r\n\r\nt\r\n")
                && body.contains("filename=\"a.txt\"")
                && body.contains("attached bytes")
        })
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({"title": "multipart"})))
        .expect(1)
        .mount(&server)
        .await;
    for (avatar, content_type) in [(&b"png bytes"[..], "image/png"), (&b"jpeg bytes"[..], "image/jpeg")] {
        Mock::given(method("PUT"))
            .and(path("/avatars/joe"))
            .and(header("content-type", content_type))
            .and(wiremock::matchers::body_bytes(avatar))
            .respond_with(ResponseTemplate::new(204))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = client(&server);
    let body = media_client::types::Note::new("t").body("b");
    assert_eq!(client.create_note(&body).draft(true).await.unwrap().title, "json");
    assert_eq!(client.create_note_form(&body).draft(true).await.unwrap().title, "form");
    let multipart = media_client::types::CreateNoteMultipartRequest::new("t")
        .attachment(codegen_runtime::FilePart::new("a.txt", b"attached bytes".to_vec()));
    assert_eq!(client.create_note_multipart(&multipart).await.unwrap().title, "multipart");
    client.put_avatar("joe", &b"png bytes"[..]).await.unwrap();
    client.put_avatar_jpeg("joe", &b"jpeg bytes"[..]).await.unwrap();
}

/// `pages()`: each page with its items, the page body as the operation's response type and the
/// total the spec points at; the same end conditions as the item stream.
#[tokio::test]
async fn the_page_stream_yields_items_body_and_total() {
    let server = MockServer::start().await;
    for (page, ids) in [(1, vec![1, 2]), (2, vec![3, 4]), (3, vec![5])] {
        let events: Vec<_> = ids.iter().map(|id| serde_json::json!({"id": id})).collect();
        Mock::given(method("GET"))
            .and(path("/events"))
            .and(wiremock::matchers::query_param("page", page.to_string()))
            .and(wiremock::matchers::query_param("per_page", "2"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"events": events, "total": 5})))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = client(&server);
    let pages: Vec<_> = client.list_events().per_page(2).pages().try_collect().await.unwrap();
    assert_eq!(pages.len(), 3, "the total (5) is reached on the third page");
    let ids: Vec<Vec<i64>> = pages.iter().map(|p| p.items.iter().map(|e| e.id).collect()).collect();
    assert_eq!(ids, [vec![1, 2], vec![3, 4], vec![5]]);
    assert!(pages.iter().all(|p| p.total == Some(5) && p.body.total == 5));
    assert_eq!(pages[1].body.events.len(), 2);
    assert_eq!(pages.iter().map(|p| p.index).collect::<Vec<_>>(), [0, 1, 2]);
}
