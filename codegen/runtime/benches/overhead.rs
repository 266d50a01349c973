//! The runtime's overhead per call: build the request, send it to a loopback server, decode a
//! 1,000-item list, next to a hand-written reqwest + serde_json call doing the same.
//!
//! `cargo bench -p codegen-runtime --bench overhead`

use std::time::Duration;

use codegen_runtime::{decode_json, Call, ClientBuilder, Method, RequestSpec, RetryPolicy};
use criterion::{criterion_group, criterion_main, Criterion};
use serde::Deserialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Device {
    id: i64,
    name: String,
    status: String,
    tags: Vec<String>,
    battery: f64,
    group: Option<i64>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Page {
    objects: Vec<Device>,
}

fn body() -> String {
    let items: Vec<String> = (0..1000)
        .map(|i| {
            format!(
                r#"{{"id":{i},"name":"device-{i}","status":"online","tags":["a","b"],"battery":0.{i},"group":null}}"#
            )
        })
        .collect();
    format!(r#"{{"objects":[{}]}}"#, items.join(","))
}

/// A keep-alive HTTP/1.1 server that answers every request with `body`.
async fn serve(body: String) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let response =
        format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}", body.len());
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let response = response.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 16384];
                let mut pending = Vec::new();
                loop {
                    let Ok(n) = socket.read(&mut buf).await else { return };
                    if n == 0 {
                        return;
                    }
                    pending.extend_from_slice(&buf[..n]);
                    while let Some(end) = pending.windows(4).position(|w| w == b"\r\n\r\n") {
                        pending.drain(..end + 4);
                        if socket.write_all(response.as_bytes()).await.is_err() {
                            return;
                        }
                    }
                }
            });
        }
    });
    url
}

fn overhead(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let url = rt.block_on(serve(body()));
    let core = ClientBuilder::new(&url, "bench").retry(RetryPolicy::none()).build().unwrap();
    let http = reqwest::Client::new();
    let mut group = c.benchmark_group("list_1000_devices");
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("hand_written_reqwest_serde_json", |b| {
        b.to_async(&rt).iter(|| async {
            let response = http
                .get(format!("{url}/devices/?limit=1000&offset=0"))
                .header("accept", "application/json")
                .send()
                .await
                .unwrap();
            assert!(response.status().is_success());
            let bytes = response.bytes().await.unwrap();
            let page: Page = serde_json::from_slice(&bytes).unwrap();
            assert_eq!(page.objects.len(), 1000);
        })
    });
    group.bench_function("runtime_call", |b| {
        b.to_async(&rt).iter(|| async {
            let mut spec = RequestSpec::new("list_devices", Method::GET, "/devices/", &[]);
            spec.query.push("limit", &1000);
            spec.query.push("offset", &0);
            let page: Page = Call::<Page, serde_json::Value>::new(&core, spec, decode_json).await.unwrap();
            assert_eq!(page.objects.len(), 1000);
        })
    });
    group.finish();
}

criterion_group!(benches, overhead);
criterion_main!(benches);
