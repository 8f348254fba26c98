"""The annotation side: one article's facts saved (with the persons and organisations they
name) in one transaction, and which articles still wait for this annotator version."""

import json
from datetime import UTC, datetime

from ..facts.identity import person_key, person_province
from ..facts.measures import measure_key
from .common import organization_id, stable_id, transaction
from .fulltext import with_folded
from .schema import FACT_TABLES


def delete_facts(db, article_id: int) -> None:
    """Remove an article's facts and its annotation record (inside the caller's transaction)."""
    for table in FACT_TABLES + ["annotations"]:
        db.execute(f"DELETE FROM [{table}] WHERE article_id = ?", [article_id])


def _person_id(db, name: str, organization: str | None, article_province: str | None) -> int:
    """The persons row of a person (facts.identity says who is the same)."""
    province = person_province(organization, article_province)
    person_id = stable_id("person", *person_key(name, province))
    db["persons"].insert(
        with_folded("persons", {"id": person_id, "name": name, "province": province}),
        pk="id", ignore=True,
    )
    return person_id


def _organization_id(db, name: str, surface: str) -> int:
    """The organisations row of a canonical name (facts.identity): a row found under the name's
    key keeps its name, and this name and the surface join its aliases."""
    org_id = organization_id(name)
    row = db.execute("SELECT name, aliases FROM organizations WHERE id = ?", [org_id]).fetchone()
    kept, aliases = (row[0], set(json.loads(row[1]))) if row else (name, set())
    aliases.update(n for n in (name, surface) if n != kept)
    db["organizations"].upsert(
        with_folded("organizations", {"id": org_id, "name": kept,
                                      "aliases": json.dumps(sorted(aliases), ensure_ascii=False)}),
        pk="id",
    )
    return org_id


def save_facts(db, article_id: int, facts, version: str, province: str | None = None,
               caption_spans=()) -> None:
    """Replace one article's facts in one transaction and record the annotation version."""

    def in_caption(start, end):
        return int(any(s <= start and end <= e for s, e in caption_spans))

    with transaction(db):
        delete_facts(db, article_id)
        found = db.execute("SELECT province, published, duplicate_of FROM articles WHERE id = ?",
                           [article_id]).fetchone()
        article = dict(zip(["province", "published", "duplicate_of"], found or [None] * 3))
        # one insert_all a table: sqlite-utils reads the table's shape once per call, not per fact
        rows = {table: [] for table in ("officials", "organization_mentions", "figures", "obstacles")}
        for o in facts.officials:
            row = {"name": o.name, "title": o.title, "organization": o.organization}
            rows["officials"].append(with_folded("officials", {
                "id": stable_id("official", article_id, o.start, o.end, o.name),
                "article_id": article_id, "person_id": _person_id(db, o.name, o.organization, province), **row,
                "sentence": o.sentence, "start": o.start, "end": o.end, "rule": o.rule, "version": version}, article))
        for m in facts.organizations:
            rows["organization_mentions"].append(with_folded("organization_mentions", {
                "id": stable_id("mention", article_id, m.start, m.end),
                "article_id": article_id, "organization_id": _organization_id(db, m.name, m.surface),
                "surface": m.surface, "sentence": m.sentence, "start": m.start, "end": m.end,
                "rule": m.rule, "version": version}, article, also=m.name))
        for f in facts.figures:
            rows["figures"].append(with_folded("figures", {
                "id": stable_id("figure", article_id, f.start, f.end, f.unit, f.value),
                "article_id": article_id, "value": f.value, "unit": f.unit, "item": f.item,
                "qualifier": f.qualifier, "measure": f.measure, "period": f.period,
                "direction": f.direction, "kind": f.kind, "text": f.text, "in_caption": in_caption(f.start, f.end),
                "measure_key": measure_key(f.measure),
                "sentence": f.sentence, "start": f.start, "end": f.end, "rule": f.rule, "version": version},
                article))
        for b in facts.obstacles:
            rows["obstacles"].append(with_folded("obstacles", {
                "id": stable_id("obstacle", article_id, b.start, b.end),
                "article_id": article_id, "text": b.text, "category": b.category, "place": b.place,
                "in_caption": in_caption(b.start, b.end),
                "sentence": b.sentence, "start": b.start, "end": b.end, "rule": b.rule, "version": version},
                article))
        for table, table_rows in rows.items():
            if table_rows:
                db[table].insert_all(table_rows, replace=True)
        db["annotations"].insert({
            "article_id": article_id, "version": version,
            "annotated_at": datetime.now(UTC).isoformat(timespec="seconds")}, replace=True)


def articles_to_annotate(db, version: str, force: bool = False) -> list[int]:
    """Ids of articles not yet annotated by this annotator version (all of them when forced)."""
    if force:
        return [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    return [r[0] for r in db.execute(
        "SELECT a.id FROM articles a LEFT JOIN annotations n ON n.article_id = a.id "
        "WHERE n.version IS NULL OR n.version != ? ORDER BY a.id", [version])]
