"""Gold annotations of the shared corpora kept as offsets: the repository holds, per article, the
corpus file, the article id, a SHA-256 of its text and every fact's text fields as character
spans; the gold records (GOLD.md's format) are rebuilt from the corpora in ../shared/corpora.

A text field is a list of pieces joined by one space: a span `[start, end)` of the article text,
";" (closes a post in an official's title: "A; B"), or one of the few generic words of a
canonical name that the article only abbreviates (WORDS), e.g. "Ủy ban nhân dân" for "UBND"."""

import argparse
import hashlib
import json
import unicodedata
from pathlib import Path

from .gold import GoldArticle, GoldError, read_gold
from .textnorm import clusters_with_offsets

TEXT_FIELDS = {"officials": ("name", "title", "organization"), "organizations": ("name",),
               "figures": ("text", "measure", "item"), "obstacles": ("text",)}
WORDS = frozenset((";", "Ủy ban nhân dân", "Hội đồng nhân dân", "Mặt trận Tổ quốc Việt Nam",
                   "đại biểu Quốc hội", "Văn hóa, Thể thao và Du lịch", "Khu công nghiệp",
                   "thành phố", "tỉnh", "huyện", "xã", "phường", "thị xã", "Công an", "Sở",
                   "Cảnh sát giao thông", "Thành phố Hồ Chí Minh", "Công ty", "cổ phần",
                   "Ban Quản lý", "Hợp tác xã", "Trung học phổ thông", "Việt Nam", "Hội đồng quản trị",
                   "Ban Chấp hành", "Lao động - Thương binh và Xã hội", "Giáo dục và Đào tạo",
                   "Trung học cơ sở", "Tòa án nhân dân", "Đại học", "Giao thông vận tải",
                   "Viện kiểm sát nhân dân", "Trung tâm Kiểm soát bệnh tật", "Tỉnh ủy",
                   "Hội Liên hiệp Phụ nữ", "Hội đồng thành viên",
                   "Nông nghiệp và Phát triển nông thôn", "Trách nhiệm hữu hạn", "Một thành viên", "Chính phủ",
                   "Ủy ban Kiểm tra", "Tài nguyên và Môi trường", "Đảng Cộng sản Việt Nam",
                   "Phổ thông Dân tộc", "Câu lạc bộ", "Văn hóa và Thể thao",
                   "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Thường vụ Quốc hội"))


def article_text(corpus_record: dict) -> str:
    """The gold text of a corpus article: its title, a blank line, its body."""
    return f"{corpus_record['title']}\n\n{corpus_record['text']}"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _pieces_text(pieces, text: str) -> str:
    out = ""
    for piece in pieces:
        if isinstance(piece, str):
            if piece not in WORDS:
                raise ValueError(f"{piece!r} is neither a span nor an allowed word")
            part = piece
        elif (isinstance(piece, list) and len(piece) == 2 and all(isinstance(i, int) for i in piece)
              and 0 <= piece[0] < piece[1] <= len(text)):
            part = text[piece[0]:piece[1]]
        else:
            raise ValueError(f"bad span {piece!r}")
        out += part if part == ";" or not out else " " + part
    return unicodedata.normalize("NFC", " ".join(out.split()))


def _candidates(words: list[str], nfc: tuple):
    """The leading runs of `words` found in the text (as spans) or in WORDS, longest first."""
    normal, starts, ends = nfc
    if words[0] == ";":  # a title's separator is the word, never a ";" of the text (it would rebuild as " ;")
        yield ";", 1
        return
    for end in range(len(words), 0, -1):
        phrase = " ".join(words[:end])
        start = normal.find(phrase)
        if start >= 0:
            yield [starts[start], ends[start + len(phrase) - 1]], end
        if phrase in WORDS:
            yield phrase, end


def encode_text(value: str, text: str, nfc: tuple | None = None) -> list:
    """The pieces that rebuild `value` from `text`, longest runs first, backing off when a long run
    leaves words that nothing covers ("Ban Thường vụ Hội" of the text before "Hội Liên hiệp Phụ nữ");
    a ValueError if a word is in neither."""
    value = unicodedata.normalize("NFC", " ".join(value.split()))
    nfc = nfc or clusters_with_offsets(text)
    words = " ; ".join(" ".join(part.split()) for part in value.split(";")).split()
    dead: set[int] = set()  # positions from which the rest of the words cannot be covered
    reached = [0]  # the furthest position reached: its word is the one nothing covers

    def cover(at: int) -> list | None:
        reached[0] = max(reached[0], at)
        if at == len(words):
            return []
        if at in dead:
            return None
        for piece, used in _candidates(words[at:], nfc):
            rest = cover(at + used)
            if rest is not None:
                return [piece, *rest]
        dead.add(at)
        return None

    pieces = cover(0) if words else []
    if pieces is None:
        raise ValueError(f"{words[reached[0]]!r} is not in the article")
    if _pieces_text(pieces, text) != value:
        raise ValueError(f"{value!r} cannot be rebuilt from the article")
    return pieces


def _map_fields(record: dict, convert) -> dict:
    """`record` with every text field (and organisation alias) passed through `convert`."""
    out = dict(record)
    for kind, fields in TEXT_FIELDS.items():
        items = []
        for item in record.get(kind, []):
            item = dict(item)
            for field in fields:
                if item.get(field) is not None:
                    item[field] = convert(item[field])
            if "aliases" in item:
                item["aliases"] = [convert(alias) for alias in item["aliases"]]
            items.append(item)
        out[kind] = items
    return out


def encode_article(gold: dict, corpus: str, corpus_record: dict) -> dict:
    """The offsets line of a gold record annotated on `corpus_record` of the corpus file `corpus`."""
    text = article_text(corpus_record)
    nfc = clusters_with_offsets(text)
    facts = _map_fields({kind: gold.get(kind, []) for kind in TEXT_FIELDS},
                        lambda value: encode_text(value, text, nfc))
    head = {"corpus": corpus, "id": corpus_record["id"], "sha256": text_hash(text)}
    extra = {key: gold[key] for key in ("province",) if gold.get(key)}
    return {**head, **extra, **facts}


def _corpus(corpora: Path, name: str, cache: dict) -> dict:
    if name not in cache:
        path = corpora / name
        if not path.is_file():
            raise GoldError(f"corpus file {path} not found (the offsets gold needs ../shared/corpora)")
        with path.open(encoding="utf-8") as lines:
            cache[name] = {record["id"]: record for record in map(json.loads, lines)}
    return cache[name]


def _rebuild(line: dict, corpora: Path, cache: dict) -> dict:
    article = _corpus(corpora, str(line.get("corpus")), cache).get(line.get("id"))
    if article is None:
        raise GoldError(f"article {line.get('id')!r} is not in {corpora / str(line['corpus'])}")
    text = article_text(article)
    if text_hash(text) != line.get("sha256"):
        raise GoldError(f"article {line['id']!r} in {corpora / line['corpus']} differs from the "
                        "annotated text (SHA-256 mismatch)")
    facts = _map_fields({kind: line.get(kind, []) for kind in TEXT_FIELDS},
                        lambda pieces: _pieces_text(pieces, text))
    corpus = line["corpus"].removesuffix(".jsonl")
    return {"id": f"{corpus}:{article['id']}", "corpus": corpus, "text": text,
            "url": article.get("url"), "published": article.get("published"),
            "province": line.get("province"), **facts}


def read_offset_gold(path, corpora) -> list[GoldArticle]:
    """Gold articles rebuilt from an offsets file and the corpus files in `corpora`; a GoldError
    naming the line when a corpus is missing, an article differs or a span is bad."""
    path, corpora, cache = Path(path), Path(corpora), {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise GoldError(f"{path}: no such file") from None
    articles = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = _rebuild(json.loads(line), corpora, cache)
        except (GoldError, KeyError, TypeError, ValueError) as error:  # JSONDecodeError is a ValueError
            raise GoldError(f"{path}, line {number}: {error}") from None
        articles.append(GoldArticle(record, path.parent))
    if not articles:
        raise GoldError(f"{path}: no articles")
    return articles


def encode_gold(gold_path, corpora) -> list[dict]:
    """Offsets lines for a gold file whose ids are "corpus:article-id" (as `decode` writes them)."""
    lines, cache = [], {}
    for article in read_gold(gold_path):
        corpus, _, article_id = article.id.partition(":")
        record = _corpus(Path(corpora), f"{corpus}.jsonl", cache).get(article_id)
        if record is None:
            raise GoldError(f"{article.id}: not in {Path(corpora) / corpus}.jsonl")
        try:
            lines.append(encode_article(article.record, f"{corpus}.jsonl", record))
        except ValueError as error:
            raise GoldError(f"{article.id}: {error}") from None
    return lines


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="Turn offsets gold into GOLD.md records (decode), "
                                     "to read or edit outside the repository, and back (encode).")
    parser.add_argument("action", choices=("decode", "encode"))
    parser.add_argument("path", type=Path, help="the offsets file (decode) or the gold file (encode)")
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    args = parser.parse_args(argv)
    try:
        if args.action == "decode":
            lines = [a.record for a in read_offset_gold(args.path, args.corpora)]
        else:
            lines = encode_gold(args.path, args.corpora)
    except GoldError as error:
        raise SystemExit(f"error: {error}") from None
    for line in lines:
        print(json.dumps(line, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    main()
