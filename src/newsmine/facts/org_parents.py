"""A sub-unit and the body it belongs to written apart by a comma ("Phòng Cảnh sát môi trường,
Công an tỉnh Lai Châu"): one name, as GOLD.md writes a sub-unit with its parent; and a body written
with and without that comma named one way, or written short beside its one longer name
(going on from it, or with words left out inside it). Split
off context.py, which calls them."""

import re
from collections import Counter

from .lexicons import vietnamese_words
from .org_names import has_place, place_as_written
from .org_vocabulary import heads, level_opening, subunit_heads, unit_rank
from .places import gazetteer
from .records import OrganizationMention
from .words import sentence_words


def with_comma_parents(text: str, start: int, found: list[OrganizationMention]) -> None:
    """"Phòng Cảnh sát môi trường, Công an tỉnh Lai Châu", "Ban Thi đua - Khen thưởng, Sở Nội vụ
    tỉnh Yên Bái": a sub-unit named by no place, then after a comma a body ranked above it
    (org_unit_ranks.tsv), are one name (GOLD.md: a sub-unit written as one name with its parent);
    the parent is named too. Not in a list of bodies ("…, Phòng Tư pháp, Sở Y tế, Sở Nội vụ")."""
    found = sorted(found, key=lambda m: m.start)
    for k, unit in enumerate(found):
        after = [m for m in found[k + 1:] if m.start >= unit.end]
        if not after or _gap(text, start, unit, after[0]) != "," or not _bare_subunit(unit.name) \
                or not _ranked_above(after[0].name, unit.name):
            continue
        before = [m for m in found[:k] if m.end <= unit.start]
        listed = before and _gap(text, start, before[-1], unit) == "," \
            or len(after) > 1 and _gap(text, start, after[0], after[1]) in (",", "và")
        if not listed:
            parent = text[after[0].start - start:after[0].end - start]
            unit.name = f"{unit.name}, {place_as_written(after[0].name, sentence_words(parent, 0, len(parent)))}"


def with_bracketed_parents(text: str, start: int, found: list[OrganizationMention]) -> None:
    """"Trưởng phòng Quản lý thuế số 2 (Chi cục Thuế … - Bộ Tài chính)": a Phòng named by its field
    alone, then in brackets the body (or the chain of bodies joined by dashes) it belongs to, of a
    rank not below it (org_unit_ranks.tsv). The official who heads it is of the Phòng with that
    parent (GOLD.md: a sub-unit written with its parent), joined by " - "; the organisations keep
    the Phòng's own name, which the gold gives as the joined name's alias. Not a Cục, Vụ or Viện in
    brackets with its ministry ("Cục Xúc tiến thương mại (Bộ Công Thương)"), whose official the gold
    gives the department alone."""
    found = sorted(found, key=lambda m: m.start)
    for k, unit in enumerate(found):
        after = [m for m in found[k + 1:] if m.start >= unit.end]
        if not after or _gap(text, start, unit, after[0]) != "(" or unit.name.split()[0].lower() != "phòng" \
                or has_place(sentence_words(unit.name, 0, len(unit.name))[1:]) \
                or not _not_below(after[0].name, unit.name):
            continue
        chain = [after[0]]
        while len(after) > len(chain) and _gap(text, start, chain[-1], after[len(chain)]) in ("-", "–"):
            chain.append(after[len(chain)])
        if text[chain[-1].end - start:].lstrip()[:1] != ")":
            continue
        parents = [place_as_written(m.name, sentence_words(text[m.start - start:m.end - start], 0, m.end - m.start))
                   for m in chain]
        unit.with_parent = " - ".join([unit.name] + parents)


def bracketed_parent_body(body: str, start: int, end: int, found: list[OrganizationMention]) -> str:
    """An official's body that is a Phòng the official's sentence (characters start to end) writes
    with its parent in brackets (with_bracketed_parents): the Phòng with that parent."""
    return next((m.with_parent for m in found if start <= m.start < end and m.with_parent and m.name == body), body)


def _not_below(parent: str, unit: str) -> bool:
    """A body of a rank not below the unit's (org_unit_ranks.tsv): a Chi cục or Thanh tra holds a Phòng."""
    high, low = unit_rank(parent), unit_rank(unit)
    return high is not None and low is not None and high <= low


def _gap(text: str, start: int, a: OrganizationMention, b: OrganizationMention) -> str:
    """The words between two mentions of a sentence whose text begins at `start`."""
    return text[a.end - start:b.start - start].strip()


def _bare_subunit(name: str) -> bool:
    """A sub-unit's name (org_subunit_heads.txt) with no place ("Đội CSGT Bến Thành") or parent
    of its own: a unit named by its field alone."""
    words = sentence_words(name, 0, len(name))
    head = heads().match(words, 0)
    places = gazetteer().places
    return head is not None and " ".join(w.text for w in words[:head[0]]) in subunit_heads() \
        and not has_place(words[head[0]:]) \
        and not any(words[k].text[:1].isupper() and heads().match(words, k) for k in range(head[0], len(words))) \
        and not any(" ".join(w.text for w in words[k:]) in places for k in range(head[0], len(words)))


def _ranked_above(parent: str, unit: str) -> bool:
    """A body that stands above the unit (org_unit_ranks.tsv; a unit of no rank is below any). A
    ministry's department ("Cục Lãnh sự, Bộ Ngoại giao") is not such a unit: the gold names it
    alone as often as with its ministry, a province's office ("Phòng …, Công an tỉnh …") with it."""
    high, low = unit_rank(parent), unit_rank(unit)
    return high is not None and (low is None or high < low and low > _DEPARTMENT)


_DEPARTMENT = 3  # the rank of "Cục", "Vụ", "Sở" (org_unit_ranks.tsv)


def one_spelling(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """"Phòng Cảnh sát kinh tế Công an tỉnh Sơn La" where the article also writes "Phòng Cảnh
    sát kinh tế, Công an tỉnh Sơn La", "Cục Hộ tịch, quốc tịch, chứng thực" beside "Cục Hộ
    tịch, quốc tịch và chứng thực", "Tập đoàn L’Héritage" beside "Tập đoàn L'Héritage" (a curly
    apostrophe), "Trường Đại học Kinh doanh & Công nghệ" beside "… Kinh doanh và Công nghệ": one
    body, named as first written."""
    first: dict[str, str] = {}
    for m in mentions:
        key = m.name.replace(",", "").replace("’", "'")
        m.name = first.setdefault(" ".join(w for w in key.split() if w not in ("và", "&")), m.name)
    return mentions


_LATIN = re.compile(r"[A-Za-z]+")  # a foreign word: plain Latin letters, no Vietnamese marks


def with_one_misspelling(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """"Trường mầm non Trumkids" where the article also writes "Trường mầm non Trumpkids",
    "Công ty Cổ phần IDC …" beside "… ICD …": a foreign word of a name misspelt once, one letter
    left out or put in, or two swapped, is the same body (the gold's one body, the slip its
    alias, in corpus-study22 twice and real-train); it is named as the article writes it most
    often (case aside), first written on a tie. Only words of plain Latin letters, and no letter
    changed: Vietnamese syllables one letter apart are other names ("Tân Thành", "Tân Thạnh"), so
    are firms named by their city's letter ("Habeco", "Sabeco") and numbers ("Sư đoàn 304", "324")."""
    first: dict[str, str] = {}
    for m in mentions:
        first.setdefault(m.name.lower(), m.name)
    written = Counter(m.name.lower() for m in mentions)
    weight = {key: (n, -k) for k, (key, n) in enumerate(written.items())}  # most written, then first
    for m in mentions:
        same = [key for key in written if _one_slip_apart(m.name, key)]
        if len(same) == 1 and weight[same[0]] > weight[m.name.lower()]:
            m.name = first[same[0]]
    return mentions


def _one_slip_apart(name: str, other: str) -> bool:
    """Two names of two words or more, the same words but one (case aside), that one a
    misspelling of the other (a bare brand is left as written)."""
    pairs = [(a, b) for a, b in zip(name.lower().split(), other.lower().split()) if a != b]
    return len(name.split()) == len(other.split()) > 1 and len(pairs) == 1 and _slip(*pairs[0])


def _slip(a: str, b: str) -> bool:
    """One word of plain Latin letters written for the other with one letter left out or put in
    (words of five letters or more: "Trumkids", "Golmark"), or two letters next to each other
    swapped ("IDC" for "ICD"); not one letter changed ("Habeco", "Sabeco"; "ABC", "NBC")."""
    if not (_LATIN.fullmatch(a) and _LATIN.fullmatch(b)):
        return False
    if len(a) == len(b):
        return any(a[:k] + a[k + 1] + a[k] + a[k + 2:] == b for k in range(len(a) - 1))
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and len(short) >= 5 \
        and any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


# A longer name going on with these words is a branch of the shorter one, another body ("Bệnh
# viện Bạch Mai cơ sở 2", "Kiểm toán nhà nước khu vực VII" beside the bodies they belong to).
_BRANCH_OPENERS = ("cơ sở", "chi nhánh", "khu vực", "phân hiệu", "tại")


def with_one_longer_name(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """"Trường THPT FPT" where the article also writes "Trường THPT FPT Quy Nhơn", "Công ty CP
    Trường Sơn" beside "Công ty CP Trường Sơn Lạng Sơn": a headed name written short is the one
    longer name of the article that goes on from it (the gold's name, the short form its alias, in
    real-train and dev); not when two names go on from it ("Ban Chỉ đạo 24" beside its province's
    and its district's), nor a branch (_BRANCH_OPENERS) or a body abroad ("Bộ Y tế Campuchia")."""
    names = {m.name.lower(): m.name for m in mentions}
    for m in mentions:
        if has_head(m.name):
            m.name = _going_on(names, m.name) or m.name
    return mentions


def _going_on(names: dict[str, str], name: str) -> str:
    """The one longer name of the article that goes on from `name` to close it (not a branch, a
    country or a run-on sentence), or ""."""
    longer = one_longer_name(names, name)
    rest = longer[len(name) + 1:]
    if rest and not rest.lower().startswith(_BRANCH_OPENERS) and rest not in gazetteer().countries \
            and _rest_closes_a_name(name.split()[-1], rest.split()):
        return longer
    return ""


def with_one_fuller_name(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """"Bệnh viện Bạc Liêu" where the article also writes "Bệnh viện đa khoa tỉnh Bạc Liêu", "Đồn
    Biên phòng Hòn Khoai" beside "Đồn Biên phòng 700 Hòn Khoai", "Ban Chấp hành Đảng bộ Hà Nội"
    beside "… Đảng bộ Thành phố Hà Nội": a headed name written with words left out inside it is
    the one longer name of the article that has all its words, in order, from the same first to
    the same last (the gold's name, the short form its alias, in real-train and corpus-study3,
    -5, -6, -8); the prefix case is with_one_longer_name's. Not when the two are written in one
    sentence: a list of bodies ("Đại học Sư phạm Thể dục Thể thao …; Đại học Thể dục Thể thao …")."""
    names = {m.name.lower(): m.name for m in mentions}
    sentences: dict[str, set[str]] = {}
    for m in mentions:
        sentences.setdefault(m.name.lower(), set()).add(m.sentence)
    for m in mentions:
        if not has_head(m.name):
            continue
        fuller = [n for n in names.values() if _fills_in(m.name.split(), n.split())]
        if len(fuller) == 1 and not sentences[m.name.lower()] & sentences[fuller[0].lower()]:
            m.name = fuller[0]
    return mentions


def with_initials_spelt_out(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """"Cục ĐSVN" where the article also writes "Cục Đường sắt Việt Nam", "Đài TNVN" beside "Đài
    Tiếng nói Việt Nam", "Ban Chỉ đạo Trung ương về PCTT" beside "… về Phòng, chống thiên tai",
    "Phòng Cảnh sát kinh tế CATP" beside "… Công an thành phố Hà Nội": a name with initials after
    its first word is the name of the article whose words there start with those letters (the
    gold's name, the initials form its alias, in corpus-study10, -11, -14, -16), or the one name
    that goes on from it; initials no name of the article spells out stay as written."""
    names = {m.name.lower(): m.name for m in mentions}
    for m in mentions:
        for full in filter(None, dict.fromkeys(_spelt_out(m.name.split(), n.split()) for n in names.values())):
            if longer := names.get(full.lower()) or _going_on(names, full):
                m.name = longer
                break
    return mentions


def _spelt_out(short: list[str], longer: list[str]) -> str | None:
    """`short` with its one word of initials replaced by the words of `longer` they stand for,
    at the same place after the same words ("Cục ĐSVN", "Cục Đường sắt Việt Nam sẽ …" → "Cục
    Đường sắt Việt Nam"), or None. Commas and dashes between the words carry no letter."""
    for k, word in enumerate(short[1:], 1):
        if not _INITIALS.fullmatch(word) or [w.lower() for w in longer[:k]] != [w.lower() for w in short[:k]]:
            continue
        letters, j = "", k
        while j < len(longer) and len(letters) < len(word):
            letters += longer[j][:1].upper() if longer[j] not in ("-", "–") else ""
            j += 1
        if letters == word and j - k > 1:
            return " ".join(short[:k] + longer[k:j] + short[k + 1:])
    return None


_INITIALS = re.compile(r"[A-ZĐ]{2,6}")


def is_initials(word: str) -> bool:
    """A word of two to six capitals, a body's initials ("VFF", "TNVN")."""
    return bool(_INITIALS.fullmatch(word))


def with_school_word(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """"Đại học Bách khoa Hà Nội" where the article also writes "Trường Đại học Bách khoa Hà
    Nội": one university, named with "Trường" (the gold's two writings of one body in dev,
    corpus-study5 and -16, never two bodies); the board case of with_one_fuller_name, where a
    longer name ending on a shorter one is another body ("Văn phòng Chính phủ"), does not hold
    for this one word."""
    names = {m.name.lower(): m.name for m in mentions}
    for m in mentions:
        if m.name.lower().startswith("đại học ") and (longer := names.get(f"trường {m.name.lower()}")):
            m.name = longer
    return mentions


def _fills_in(short: list[str], longer: list[str]) -> bool:
    """`longer` is `short` with words put inside it, not at its ends: its first and last words
    the same, each capitalised word of `short` capitalised in `longer` too ("Khí" is no "Dầu
    khí"), and each word put in only describes the body (`_describes`); not `short` going on (a
    prefix, with_one_longer_name's), nor a board of it ending on it ("Ban Thường trực Ban Trị sự
    …"), nor a second body put beside it ("Trường tiểu học và Trung học cơ sở …")."""
    low = [w.lower() for w in longer]
    if len(longer) <= len(short) or low[0] != short[0].lower() or low[-1] != short[-1].lower() \
            or low[:len(short)] == [w.lower() for w in short] or low[-len(short):] == [w.lower() for w in short]:
        return False
    j = 0
    for w in short:
        gap = []
        while j < len(longer) and not (low[j] == w.lower() and (w[:1].islower() or longer[j][:1].isupper())):
            gap.append(longer[j])
            j += 1
        if j == len(longer) or gap[-1:] == ["và"] or not _describes(gap):
            return False
        j += 1
    return j == len(longer)


def _describes(gap: list[str]) -> bool:
    """Words put inside a name that only describe the body: lower-case words ("đa khoa"), a
    number ("700"), initials ("TMCP", "BOT") or a level before the short name's own place ("…
    Đảng bộ Thành phố Hà Nội"). A capitalised word names something else, and every wrong join
    of a first version put one in: a field ("Đại học Sư phạm Thể dục Thể thao …"), another
    country or seat ("Ngân hàng Nhân dân Trung Quốc", "Đại sứ quán Nga tại Cộng hòa Séc"), a
    second body ("Bộ Tài chính - Công Thương"), a level's own place ("… huyện Mường Tè tỉnh …");
    so does a branch ("… khu vực IV …")."""
    if names_branch(" ".join(gap)):
        return False
    in_level = set()
    for k in range(len(gap)):
        if found := level_opening(gap[k:k + 2]):
            in_level.update(range(k, k + found[0]))
    return all(w.islower() or w.isdigit() or len(w) > 1 and w.isupper() or k in in_level
               for k, w in enumerate(gap))


def names_branch(words: str) -> bool:
    """Whether words put into a name make it a branch of the body (_BRANCH_OPENERS: "… đa khoa
    khu vực Cầu Ngang …", "… cơ sở 2")."""
    return any(f" {b} " in f" {words.lower()} " for b in _BRANCH_OPENERS)


def one_longer_name(names: dict[str, str], name: str) -> str:
    """The one name of an article (`names`, keyed by their lower case) that goes on from `name`
    ("Trường THPT FPT Quy Nhơn" for "Trường THPT FPT"); "" when none or two do."""
    longer = [n for key, n in names.items() if key.startswith(name.lower() + " ")]
    return longer[0] if len(longer) == 1 else ""


def _rest_closes_a_name(short_last: str, rest: list[str]) -> bool:
    """The words a longer name adds make a name's close, not a sentence run on into it: no "và"
    opening a second body ("Báo Thế giới và Việt Nam và The Colombo Times") and no lower-case word
    ("… Du lịch cũng", "Trường Tiểu học Pú Nhung Là một xã Pú Nhung") but a level before its place
    ("Quỹ XTPTDL thành phố Đà Nẵng"), "số" before its number, or one that makes a word with the
    capitalised syllable before it ("… BOT Quốc lộ 1K"), the short name's last one when it was cut
    there ("Bộ Y" → "Bộ Y tế", "Công ty Điện" → "Công ty Điện lực …")."""
    if rest[0] == "và":
        return False
    for k, w in enumerate(rest):
        level = level_opening(rest[k:k + 2]) or (
            k and level_opening(rest[k - 1:k + 1]))
        before = rest[k - 1] if k else short_last
        cut = (k == 0 or before[:1].isupper()) and f"{before} {w}".lower() in vietnamese_words()
        number = w == "số" and rest[k + 1:k + 2] and rest[k + 1][:1].isdigit()  # "… Gio Hải số 1"
        if w.islower() and not (level or cut or number):
            return False
    return True


def has_head(name: str) -> bool:
    """The name opens with a head of org_heads.txt that is no brand's."""
    head = heads().match(sentence_words(name, 0, len(name)), 0)
    return head is not None and head[1] != "brand"


def body_initials_spelt_out(body: str, names: list[str], defined: dict[str, str]) -> str:
    """An official's body with its word of initials written as the article writes that body in
    full (GOLD.md: an official's body in the canonical form of `organizations`): "Ban Chấp hành
    VFF" where the article defines "Liên đoàn bóng đá Việt Nam (VFF)" (`defined`, initials → the
    body written before them in brackets), "Trung tâm … - Đài TNVN" beside "Đài Tiếng nói Việt
    Nam" (one of `names` spelling the letters out, or going on from them, as
    with_initials_spelt_out); as written when neither or more than one full name is found."""
    words, known = body.split(), {n.lower(): n for n in names}
    for k, word in enumerate(words[1:], 1):
        if not _INITIALS.fullmatch(word):
            continue
        if k == len(words) - 1 and (full := defined.get(word)):
            before = " ".join(words[:k])
            return full if full.lower().startswith(before.lower() + " ") else f"{before} {full}"
        for i in range(k):
            spelt = {s for n in names if (s := _spelt_out(words[i:], n.split()))}
            found = {known.get(s.lower()) or _going_on(known, s) for s in spelt} - {""}
            if len(found) == 1:
                return " ".join(words[:i] + [found.pop()])
    return body
