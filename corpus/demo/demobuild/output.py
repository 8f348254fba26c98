"""Building everything: the sites, gold.jsonl and server.json; writing the tree."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from .articles import Article, _Loader, load_site_articles, republish
from .baodienbien import BaoDienBien
from .caobang import CaoBang
from .helpers import DATE_ONLY_SITES, GOLD_LISTS, ORIGINS, SITES, iso, vn, warn
from .laichau import LaiChau
from .tintaybac import TinTayBac

# --------------------------------------------------------------------------- gold and output


def gold_record(article: Article, site_dir: str) -> dict:
    record = {
        "id": f"demo-{article.site}-{article.slug}",
        "site": article.site,
        "html_path": f"{site_dir}/{article.site}/{article.file}",
        "url": article.url,
        "published": vn(article.published).date().isoformat(),
        "province": article.province,
    }
    for kind in GOLD_LISTS:
        record[kind] = article.gold[kind]
    record.update({
        "expected_title": article.title,
        # the portal prints only the day it published ("Ngày đăng: 17/11/2023"), so only the
        # day can be extracted from its pages
        "expected_published": (vn(article.published).date().isoformat() if article.site in DATE_ONLY_SITES
                               else iso(article.published)),
        "expected_origin": article.origin,
        "expected_text": article.text,
    })
    return record


def check_gold(article: Article) -> None:
    """Warn about gold strings that FORMAT.md says must occur in the text but do not."""
    text = article.text
    for kind, key in (("officials", "name"), ("figures", "text"), ("obstacles", "text")):
        for item in article.gold[kind]:
            if item.get(key) and item[key] not in text:
                warn(f"{article.site}/{article.slug}: gold {kind} {key} not in text: {item[key]!r}")


def build(articles_dir: Path, republish_file: Path) -> dict[str, bytes]:
    """Everything build.py writes, as relative path → bytes."""
    originals = {site: load_site_articles(articles_dir, site) for site in SITES}
    spec = {}
    if republish_file.exists():
        spec = yaml.load(republish_file.read_text(encoding="utf-8"), Loader=_Loader) or {}
    copies = republish(originals["baodienbien"], spec)
    own_slugs = {a.slug for a in originals["tintaybac"]}
    for page in copies:
        if page.slug in own_slugs:
            raise SystemExit(f"build.py: republished slug {page.slug!r} clashes with a tintaybac article")
    sites = [BaoDienBien(originals["baodienbien"]), LaiChau(originals["laichau"]),
             TinTayBac(originals["tintaybac"] + copies), CaoBang(originals["caobang"])]
    out: dict[str, bytes] = {}
    records = []
    manifest = {"origins": ORIGINS, "sites": {}}
    for site in sites:
        site.render()
        for path, data in site.files.items():
            out[f"sites/{site.key}/{path}"] = data
        manifest["sites"][site.key] = site.manifest()
        for article in sorted(site.articles, key=lambda a: (a.published, a.slug)):
            check_gold(article)
            records.append(gold_record(article, "sites"))
    out["gold.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    out["server.json"] = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return out


def write_tree(out_dir: Path, files: dict[str, bytes]) -> tuple[int, int]:
    """Write files that changed and delete stale ones under sites/; return (written, removed)."""
    written = removed = 0
    for rel, data in sorted(files.items()):
        path = out_dir / rel
        if path.is_file() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written += 1
    sites_dir = out_dir / "sites"
    if sites_dir.is_dir():
        for path in sorted(sites_dir.rglob("*"), reverse=True):
            rel = path.relative_to(out_dir).as_posix()
            if path.is_file() and rel not in files:
                path.unlink()
                removed += 1
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return written, removed
