"""Officials: a named person with the post(s) the article gives them.

Patterns, on the words of one sentence (abbreviations expanded):
  NAME, POST[, POST …]           "Lò Văn Tiến, Phó Chủ tịch UBND tỉnh"   (also "NAME - POST", "NAME (POST")
  POST[, POST …] [, honorific] NAME   "Phó Chủ tịch UBND tỉnh Lò Văn Tiến"
  POST|honorific SHORT-NAME      "Phó Chủ tịch Tiến", "ông Tuấn": a later mention of a full name
A post is a head from posts.txt (or a rank from ranks.txt) followed by the body it belongs to,
parsed as an organisation; several posts are joined with "; "."""

from dataclasses import dataclass
from functools import lru_cache

from .body_after_name import with_body_after_name
from .body_tails import (
    body_after_descriptor,
    descriptive_tail,
    ends_with_place,
    foreign_brand,
    short_company_name,
    with_name_tail,
)
from .foreign_names import name_text
from .identity import province_named
from .implied_bodies import (
    BARE_KEY,
    BODY_KEY,
    body_named_before,
    body_opened_in_post,
    implied_body,
    post_bodies,
)
from .lexicons import load_list, load_table
from .main_post import main_organization
from .names import colon_of_list, honorific_length, honorifics, skip_brackets, surnames
from .org_vocabulary import place_length
from .organizations import (
    POST_BODY_WORDS,
    OrgSpan,
    heads,
    level_at,
    parse_org,
    subunit_heads,
    with_region,
)
from .places import gazetteer
from .post_functions import function_then_body
from .post_lexicon import (
    acting_at,
    coach_named_after,
    links,
    modifiers,
    post_at,
    posts,
    prefixes,
    rank_length,
    villages,
)
from .post_units import (
    bare_department,
    body_in_post,
    body_of_compound_head,
    country_body,
    delegation_body,
    expansion_length,
    lifted_body,
    region_length,
    subunit_before_parent,
    with_lower_case_rest,
    with_parent,
    with_shared_place,
    with_written_region,
    without_repeated_head,
)
from .records import BARE_POST_RULE, BOARD_RULE, Official
from .trace import reject
from .words import Word


@dataclass
class Post:
    title: str
    organization: str | None
    rank: bool
    head: str = ""  # the lexicon entry that opened the post: "posts.txt: Phó Chủ tịch"


def parse_post(words: list[Word], j: int, stops: set[int], province: str | None, recent: dict | None = None):
    """(post, index after it) for a post starting at words[j], or None."""
    prefix = prefixes().match(words, j) or ((1, "acting") if acting_at(words, j) else None)
    if prefix and posts().match(words, j + prefix[0]):
        parsed = parse_post(words, j + prefix[0], stops, province, recent)
        if parsed is not None:  # "nguyên Phó Giám đốc Sở …", "quyền Ngoại trưởng Séc": the title keeps the word
            post, end = parsed
            lead = " ".join(w.text for w in words[j:j + prefix[0]])
            return Post(f"{lead} {post.title}", post.organization, post.rank, post.head), end
    found = posts().match(words, j)
    if not found:
        return None
    length, kind = found
    title_words = [w.text for w in words[j:j + length]]
    head = f"{'ranks' if kind == 'rank' else 'posts'}.txt: {' '.join(title_words)}"
    title_words[0] = title_words[0][:1].upper() + title_words[0][1:]
    k = j + length
    if kind == "rank":
        return Post(" ".join(title_words), None, True, head), k
    mod = modifiers().match(words, k)
    if mod:
        title_words += [w.text for w in words[k:k + mod[0]]]
        k += mod[0]
    if k + 1 < len(words) and words[k].lower == "của" and (heads().match(words, k + 1) or words[k + 1].is_upper_word
                                                          or foreign_brand(words, k + 1, k + 2, " ".join(title_words))):
        k += 1  # "Phó Giám đốc của Công ty …", "Giám đốc điều hành của Fortescue": the body the post belongs to
    elif _comma_before_own_body(words, k, title_words):
        k += 1  # "Phó Tổng cục trưởng, Tổng cục Thống kê": the post, then the body it heads
    org = body_of_compound_head(words, k, title_words, length, stops, province, recent)
    if org is not None:  # "Trưởng đồn Công an Mường Lói": the post's word opens the body's head
        title_words = title_words[:-1]
    else:
        org = parse_org(words, k, stops, province, recent) if heads().match(words, k) else None
    if org is not None and len(title_words) == length:
        title_words, org = _unit_of(title_words, org)
    if org is None and k < len(words):
        org, title_words = _body_after_post(words, j, k, title_words, stops, province, recent)
    if org is None and len(title_words) == length:  # "Giám đốc phân tích của Công ty …"
        title_words, org = body_after_descriptor(words, k, title_words, stops, province, recent, post_at) \
            or function_then_body(words, k, title_words, stops, province, recent, post_at) or (title_words, None)
    implied = _post_of_implied_body(words, k, title_words, length, stops, province, recent, head) \
        if org is None else None
    if implied is not None:
        return implied
    if org is not None:
        org = _with_rest_of_name(words, org, stops, province, recent)
        return Post(" ".join(title_words + [org.name]), org.name, False, head), org.end
    referred = body_named_before(words, k, title_words, stops, recent)
    if referred is not None:
        title_words, body, k, bare = referred
        return Post(" ".join(title_words + [body]), body, False, f"{head}, {BARE_POST_RULE}" if bare else head), k
    return _post_of_own_words(words, k, title_words, length, stops, province, head)


def _with_rest_of_name(words, org, stops, province, recent):
    """The body with its region, lower-case rest and parent written after it; a brand as written."""
    if org.scope == "brand":  # "Chủ tịch luân phiên của Huawei đổ lỗi …": no lower-case words go on it
        return org
    org = with_lower_case_rest(words, with_written_region(words, with_region(words, org), stops), stops)
    return with_parent(words, with_name_tail(words, org, stops, province, recent, post_at), stops, province, recent)


def _comma_before_own_body(words: list[Word], k: int, title_words: list[str]) -> bool:
    """A comma at words[k] between a post named after the kind of body it heads and a body of
    that kind ("Phó Vụ trưởng, Vụ Pháp chế"), not a second post ("Phó Chủ tịch, Tổng Thư ký")."""
    head = post_bodies()[1].get(" ".join(title_words).lower())
    if not head or k + 2 >= len(words) or words[k].text != ",":
        return False
    said = head.split()
    return [w.text.lower() for w in words[k + 1:k + 1 + len(said)]] == [w.lower() for w in said] \
        and words[k + 1].is_title and heads().match(words, k + 1) is not None


_COMMUNE_LEVELS = {"xã", "phường", "thị trấn"}  # whose Party committee is their "Đảng ủy"


def _body_after_post(words, j, k, title_words, stops, province, recent):
    """The body of a post that no body's head follows; (body or None, title words)."""
    last = title_words[-1].lower()
    level = level_at(words, k) if not (k < len(words) and words[k].is_title) else None
    if level and (last == "tịch" or last == "thư" and level[1] in _COMMUNE_LEVELS):
        # "Chủ tịch tỉnh", "Phó Chủ tịch huyện X": the chair of that level's People's Committee;
        # "Bí thư xã X": the secretary of the commune's Party committee
        said = ("Ủy", "ban", "nhân", "dân") if last == "tịch" else ("Đảng", "ủy")
        committee = [Word(w, words[k].start, words[k].start, True) for w in said]
        org = lifted_body(words, k, committee, stops, province, recent)
    else:
        # "Chủ nhiệm Ủy ban Kiểm tra …": a body opened by the post's own capitalised words first
        org, title_words = body_opened_in_post(words, j, k, title_words, stops, province, recent)
    if org is None and last in POST_BODY_WORDS and [w.lower() for w in title_words[-2:]] != ["ủy", "ban"]:
        # "Trưởng đoàn ĐBQH tỉnh", "Trưởng ban Tuyên giáo": the post's last word opens the body (not
        # the "ban" of "Chủ nhiệm Ủy ban Kiểm tra", which is no "Ban Kiểm tra")
        opener = words[k - 1]
        org = lifted_body(words, k, [Word(opener.text.capitalize(), opener.start, opener.end)], stops,
                           province, recent)
        if org is not None:
            title_words.pop()
    if org is None:  # "Trưởng khoa Hồi sức tích cực, Bệnh viện …": a sub-unit named in lower case
        title_words, org = subunit_before_parent(words, k, title_words, stops, province, recent)
    if org is None:  # "Trưởng khoa Tai Mũi Họng cho biết": the department alone
        title_words, org = bare_department(words, k, title_words, stops)
    return org, title_words


def _unit_of(title_words: list[str], org):
    """"Chánh Văn phòng Tỉnh ủy", "Chánh Thanh tra Bộ Y tế": a post that names a unit heads that
    unit of the body after it ("Văn phòng Tỉnh ủy …"); (title words without the unit, body)."""
    for n in (2, 1):
        unit = " ".join(title_words[-n:])
        if len(title_words) > n and unit[:1].isupper() and unit in subunit_heads() \
                and not modifiers().match([Word(w, 0, 0) for w in title_words[-n:]], 0):  # "Thường trực"
            return title_words[:-n], OrgSpan(org.begin, org.end, f"{unit} {org.name}", org.scope)
    return title_words, org


def _post_of_implied_body(words, k, title_words, length, stops, province, recent, head):
    """(post, index after it) for a post whose body the article leaves out, or None."""
    if k < len(words) and words[k].is_title and heads().match(words, k):
        return None  # a body is written after the post
    found = implied_body(words, k, title_words[:length], stops, province, recent)
    if found is None:
        return None
    body, after = found
    said = [w.text for w in words[k:after]] if body.scope == "written" else \
        [] if body.scope == "implied" else [body.name]  # "Bộ trưởng Y tế", "Thủ tướng"
    return Post(" ".join(without_repeated_head(title_words, said)), body.name, False, head), after


def _post_of_own_words(words, k, title_words, length, stops, province, head) -> tuple[Post, int]:
    """A post whose body has no canonical form: its capitalised words ("Phó Chủ nhiệm Ủy ban"),
    a brand ("Phó Tổng Giám đốc FPT Telecom", then the body), a village ("Bí thư thôn Yên Cảnh"),
    or a level word before the name ("Chủ tịch Hội Nông dân xã Lò Văn A").
    A coach's post reads none: the words after it are the coach's name ("HLV Koeman")."""
    if coach_named_after(words, k, " ".join(title_words[:length])):
        return Post(" ".join(title_words), None, False, head), k
    start = k
    village = villages().match(words, k) if len(title_words) == length else None
    if village and k + village[0] < len(words) and words[k + village[0]].is_title:
        title_words += [w.text for w in words[k:k + village[0]]]
        k += village[0]
    while k < len(words) and (words[k].is_title or words[k].is_upper_word and not words[k].abbreviation) \
            and k not in stops and not posts().match(words, k) \
            and not (honorifics().match(words, k) and words[k].text not in gazetteer().countries):
        # an abbreviation whose body has no canonical form ("UBND huyện", no district named) is
        # kept whole, not cut to its first capitalised word ("Chủ tịch Ủy"); the "Anh" of "Thủ
        # tướng Anh" is the country, not the honorific
        n = expansion_length(words, k)
        title_words += [w.text for w in words[k:k + n]]
        k += n
    if start < k < len(words) - 1 and words[k].lower == "tại" and " ".join(title_words[start - k:]) in gazetteer().countries:
        n = place_length(words, k + 1, stops)  # "Đại sứ Hàn Quốc tại Việt Nam": where the envoy serves
        if n:
            title_words += [w.text for w in words[k:k + 1 + n]]
            k += 1 + n
    region = region_length(words, k, stops) if start < k and heads().match(words, start) else 0
    if region:  # "Chánh án Tòa án nhân dân khu vực 2 - Quảng Trị": a regional unit (2025), no province
        title_words += [w.text for w in words[k:k + region]]
        k += region
        return Post(" ".join(title_words), " ".join(w.text for w in words[start:k]), False, head), k
    level = level_at(words, k)
    if level and len(title_words) > length and (
            k + level[0] in stops or k + level[0] == len(words) or not words[k + level[0]].is_title):
        title_words += [w.text for w in words[k:k + level[0]]]
        k += level[0]
    elif level and len(title_words) == length:  # "Phó Tỉnh trưởng tỉnh Xiêng Khoảng": the place it serves
        m = k + level[0]
        while m < len(words) and words[m].is_title and m not in stops and not posts().match(words, m):
            m += 1
        if m > k + level[0] or body_in_post(title_words):
            # "Trưởng Công an xã Nguyễn Văn A": no commune named, the level stays in the title
            title_words += [w.text for w in words[k:m]]
            k = m
    body = _body_in_title(title_words, province) or delegation_body(title_words, length) \
        or country_body(title_words, length)
    if body is None and start < k and words[start].is_upper_word:
        body = " ".join(title_words[len(title_words) - (k - start):])  # a brand: "FPT Telecom"
    elif body is None:
        post = " ".join(title_words[:len(title_words) - (k - start)])
        body = foreign_brand(words, start, k, post) if len(title_words) - (k - start) == length else None
        body = body or short_company_name(words, start, k, post)
    return Post(" ".join(title_words), body, False, head), k


def _body_in_title(title_words: list[str], province: str | None = None) -> str | None:
    """The body a post's own words hold ("Thủ tướng Chính phủ", "Chủ tịch Hội đồng quản trị
    Tập đoàn Đèo Cả"): the first body that runs to the end of the title."""
    words = [Word(t, 0, 0) for t in title_words]
    for k in range(1, len(words)):
        org = parse_org(words, k, set(), province) if heads().match(words, k) else None
        if org is not None and org.end == len(words):
            return org.name
    return None


def parse_chain(words, j, stops, province, recent=None, placed=False) -> tuple[list[Post], int]:
    """Posts separated by commas (or "kiêm") from words[j]; ([], j) when none starts there. A
    chain whose last body names another province than the article's is of that province ("Phó
    Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Tĩnh" in an article about Nghệ An)."""
    start, chain = j, []
    if hasattr(recent, "before") and j < len(words):  # a sentence's bodies from where they stand
        recent = recent.before(words[j].start)
    while True:
        parsed = parse_post(words, j, stops, province, recent)
        if parsed is None or parsed[1] <= j:  # a post always moves forward
            break
        post, j = parsed
        chain.append(post)
        if j + 1 < len(words) and words[j].text in (",", "kiêm") and post_at(words, j + 1):
            j += 1
            continue
        break
    chain = _with_board_company(_without_another_holders_post(with_shared_place(chain)), recent)
    named = province_named(chain[-1].organization or "") if len(chain) > 1 and not placed else None
    if named and named != province:
        return parse_chain(words, start, stops, named, recent, placed=True)
    return chain, j


def _with_board_company(chain: list[Post], recent: dict | None) -> list[Post]:
    """"Chủ tịch HĐQT", "Thành viên Hội đồng thành viên": a post of a company's board written
    without the company is of the company the chain names next ("Chủ tịch HĐQT kiêm Tổng Giám đốc
    Công ty X"), else of the one the article named last (post_bare_bodies.tsv)."""
    for i, post in enumerate(chain):
        board = next((b for b in _BOARDS if post.title.lower().endswith(b)), None)
        if post.organization is None and board:
            later = next((p.organization for p in chain[i + 1:] if p.organization), None)
            body = later or (recent or {}).get(BODY_KEY + BARE_KEY + board)
            if body:
                chain[i] = Post(post.title, body, False, post.head if later else f"{post.head}, {BOARD_RULE}")
        elif post.organization is None and (firm := _bare_firm_of_board(post.title)):
            body = (recent or {}).get(BODY_KEY + firm)
            if body:  # "Phó Chủ tịch HĐQT Tập đoàn": the board of the group the article named last
                title = post.title[:len(post.title) - len(firm)] + body
                chain[i] = Post(title, body, False, f"{post.head}, {BOARD_RULE}")
    return chain


# The boards of a company, which its posts name ("Chủ tịch Hội đồng quản trị").
_BOARDS = ("hội đồng quản trị", "hội đồng thành viên")


def _bare_firm_of_board(title: str) -> str | None:
    """The kind of firm a board's post ends on with no name after it ("Phó Chủ tịch Hội đồng
    quản trị Tập đoàn" → "tập đoàn"; post_bare_bodies.tsv's kinds of a board), or None."""
    lowered = title.lower()
    return next((head for board, head in _board_firms() if lowered.endswith(f"{board} {head}")), None)


@lru_cache(maxsize=1)
def _board_firms() -> tuple[tuple[str, str], ...]:
    """(board, kind of firm) of post_bare_bodies.tsv, lower case ("hội đồng quản trị", "tập đoàn")."""
    return tuple((row[0].lower(), row[1].lower()) for row in load_table("post_bare_bodies.tsv")
                 if row[0].lower() in _BOARDS)


def _without_another_holders_post(chain: list[Post]) -> list[Post]:
    """"ý kiến của Phó Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh A": a national post that one
    holder only has (post_implied_bodies.tsv: the Government, the Party, the State Bank) before a
    post of a province is another person's; the chain is the province's posts."""
    implied = set(post_bodies()[0].values())
    for i, post in enumerate(chain[:-1]):
        if post.organization in implied and any(province_named(p.organization or "") for p in chain[i + 1:]):
            return chain[i + 1:]
    return chain


def _chain_after(words, end, stops, province, recent, honorific=False) -> list[Post]:
    """The posts given right after a full name ending at words[end]: after a comma, a dash or a
    bracket ("Lò Văn An, Chủ tịch …"), an aside ("(56 tuổi), …") or a linking verb ("giữ chức …")."""
    k = _skip_aside(words, end)
    if k + 1 < len(words) and words[k].text in (",", "-", "–", "("):
        chain, after = parse_chain(words, k + 1, stops, province, recent)
        # "Đại tá A, Thượng tá B", "Chủ tịch UBND tỉnh A, Tổng Giám đốc VTV B": a rank, or a post
        # after a comma, right before the next name is that person's (not a lone post in brackets
        # or after a dash, whose next "name" may be a body's: "(Giám đốc Công ty Bắc Nam)")
        if chain and after in stops and _skip_back_honorific(words, after) == after \
                and (chain[-1].rank or words[k].text == "," or len(chain) > 1):
            chain = chain[:-1]
        # "A, Phó Giám đốc Sở X(,) giữ chức Giám đốc Sở Y": the post given now comes first
        appointed = _linked_chain(words, after + (words[after].text == ","), stops, province, recent) \
            if chain and after + 1 < len(words) else []
        if not chain and words[k].text == ",":  # "Lò Văn A, hiện là Phó Giám đốc Sở Y tế, …"
            return _linked_chain(words, k + 1, stops, province, recent)
        return appointed + chain
    linked = _linked_chain(words, k, stops, province, recent)
    if linked or not honorific or k != end or not posts().match(words, k):
        return linked
    # "ông Lò Văn A Chủ tịch UBND xã B": after an honorific and a name, a post with its body, no comma
    # each post with a body, or words of one after its head ("Chủ tịch UBND thành phố"); not a bare post
    chain = parse_chain(words, k, stops, province, recent)[0]
    return chain if chain and all(p.organization or p.title != p.head.split(": ")[-1] for p in chain) else []


def _linked_chain(words, k, stops, province, recent) -> list[Post]:
    """The posts a linking verb at words[k] gives ("giữ chức Giám đốc Sở …", "được Bộ trưởng bổ
    nhiệm giữ chức …"), each with its body; [] when there is none."""
    link = links().match(words, k)
    if not link and k < len(words) and words[k].lower == "được":
        k = _appointed_at(words, k, stops)
        link = links().match(words, k) if k else None
    if link:  # "Nguyễn Văn An giữ chức Giám đốc Sở …"
        after = parse_chain(words, k + link[0], stops, province, recent)[0]
        return after if all(p.organization for p in after) else []  # not "… làm trưởng đoàn"
    return []


def _appointed_at(words: list[Word], k: int, stops: set[int]) -> int:
    """"Thiếu tướng Bùi Văn A được Bộ trưởng Bộ Công an bổ nhiệm giữ chức Giám đốc …": where "giữ
    chức" stands a few words after the "được" at words[k], no other person named between; 0 if
    it does not."""
    for m in range(k + 1, min(len(words) - 1, k + 12)):
        if m in stops or words[m].text in (".", ";", ":", "(", ")", "“", '"'):
            return 0
        if words[m].lower == "giữ" and words[m + 1].lower == "chức":
            return m
    return 0


def _skip_aside(words: list[Word], k: int) -> int:
    """Past an aside between a name and its post: "(56 tuổi)", ", 45 tuổi" ("Nguyễn Văn An (56
    tuổi), Trưởng thôn …"); k itself when there is none."""
    if k < len(words) and words[k].text == "(":
        close = next((m for m in range(k + 1, min(len(words), k + 10)) if words[m].text == ")"), None)
        if close is not None and not any(posts().match(words, m) for m in range(k + 1, close)):
            return close + 1
    if k + 3 < len(words) and words[k].text == "," and words[k + 1].text.isdigit() \
            and words[k + 2].lower == "tuổi" and words[k + 3].text == ",":
        return k + 3
    return k


def _skip_back_honorific(words, n):
    """Index where an honorific (and a comma, dash or bracket, or a "là" after a post, before it)
    ends right before words[n]: "Giám đốc Sở Y tế, ông A", "Giám đốc Sở Y tế là ông A"."""
    for length in range(4, 0, -1):
        if n - length >= 0 and honorific_length(words, n - length) == length:
            n -= length
            if n > 0 and words[n - 1].lower == "là":
                return n - 1
            break
    if n > 0 and words[n - 1].text in (",", "-", "–", "("):  # "Giám đốc Sở Y tế (ông A)"
        n -= 1
    return n


def officials_in_sentence(words, names, province, sentence, known, recent=None):
    """Officials of one sentence. `known` maps a last syllable to full names seen so far."""
    stops = {b for b, e in names if e - b >= 2 or words[b].text in known}
    starts: dict[int, int] = {}
    chains_before = _chains_before(words, stops, province, recent, starts)
    own = dict(chains_before)
    _share_with_listed_names(words, names, chains_before)
    # "A, Giám đốc Sở Y tế, ông B": a chain given to the name before it is not B's as well
    given = {end for end, start in starts.items() if start >= 2 and words[start - 1].text in (",", "-", "–")
             and any(e == start - 1 and e - b >= 2 for b, e in names)}
    found = []
    for begin, end in names:
        full = end - begin >= 2
        back = _skip_back_honorific(words, begin)
        before = chains_before.get(begin)
        if before is own.get(begin) and begin in given:  # "A - Giám đốc Sở X, Thiếu tướng B": the last post is B's
            before = before[-1:]
        before = before or (chains_before.get(back) if back not in given else None)
        before = _with_post_before_rank(words, begin, before, chains_before, starts, given)
        after = _chain_after(words, end, stops, province, recent, back != begin) if full else []
        before = before if after else with_body_after_name(words, end, before, stops, province, recent)
        chain = (before or []) + after
        name = name_text(words, begin, end)
        if end - begin == 2:  # "Kiều Trang" of "Lê Diệp Kiều Trang": the given names of one person
            longer = {n for n in known.get(words[end - 1].text, []) if len(n.split()) > 2 and n.endswith(" " + name)}
            name = longer.pop() if len(longer) == 1 else name
        if not full:
            name = _full_name_of(words, begin, name, chain, known)
            if name is None or not chain:
                continue  # no one known by it, or "ông Tuấn": the person is known, but no post is new
        elif not chain:
            reject("officials", name, "a personal name with no post before or after it")
            continue
        chain = chain if name.split()[0] in surnames() or name.startswith("H'") else _without_implied_bodies(chain)
        offices = [p for p in chain if p.title.lower() not in load_list("post_professions.txt")]
        chain = offices or chain  # "Bác sĩ A, Giám đốc B": the office is the title
        pattern = "post name" if before and not after else "name, post" if not before else "post name, post"
        found.append(Official(name=name, title="; ".join(p.title for p in chain),
                              organization=main_organization(chain),
                              start=words[begin].start, end=words[end - 1].end, sentence=sentence,
                              rule=f"{pattern} ({'short mention, ' if not full else ''}{chain[0].head})"))
    return found


def _with_post_before_rank(words, begin, before, chains_before, starts, given):
    """"Chủ tịch Hội Cựu chiến binh tỉnh - Thiếu tướng A": the rank right before a name, and the
    chain of posts closed by a dash before the rank, are both the name's (the rank first)."""
    if not before or not all(p.rank for p in before):
        return before
    start = starts.get(begin, begin) - 1
    if start < 1 or words[start].text not in ("-", "–") or start in given:
        return before
    return before + chains_before.get(start, [])


def abroad_without_implied_bodies(found: list[Official]) -> None:
    """"Thủ tướng Singapore Lý Hiển Long … Thủ tướng Lý Hiển Long": a person one mention gives a
    foreign country's post is foreign in every mention, so a bare post of theirs has no body it
    implies in Vietnam (the Government, the Party; see _without_implied_bodies), which would
    otherwise outweigh the country's post as the mention that names a body."""
    implied = set(post_bodies()[0].values())
    abroad = {o.name for o in found if any(_foreign_post(post) for post in o.title.split("; "))}
    for o in found:
        if o.name in abroad and o.organization in implied and o.organization not in o.title:
            o.organization = None


def _foreign_post(post: str) -> bool:
    """A post closed by a country other than Việt Nam, not where it is held ("Thủ tướng
    Singapore", "Bộ trưởng Quốc phòng Trung Quốc"; not "Đại sứ Việt Nam tại Nhật Bản")."""
    words = post.split()
    return any(len(words) > n and " ".join(words[-n:]) in gazetteer().countries
               and words[-n - 1].lower() != "tại" and "Việt Nam" not in post for n in (1, 2, 3))


def _without_implied_bodies(chain: list[Post]) -> list[Post]:
    """The chain of a foreign person ("Thủ tướng Sánchez", "Tổng Bí thư Thongloun"): a body the
    post implies in Vietnam (post_implied_bodies.tsv: the Government, the Party) is not theirs; when
    that post is the main, first, one ("Thủ tướng kiêm Ngoại trưởng Qatar"), no later post's body is
    the person's either (GOLD.md: the body of the main post)."""
    implied = set(post_bodies()[0].values())
    lost = [p.organization in implied and p.organization not in p.title for p in chain]
    main = next((k for k, p in enumerate(chain) if not p.rank), None)
    return [Post(p.title, None, p.rank, p.head) if lost[k] or main is not None and lost[main] and k > main
            else p for k, p in enumerate(chain)]


def _chains_before(words, stops, province, recent, starts=None) -> dict[int, list[Post]]:
    """The chains of posts of a sentence by the index right after them, where a name may follow."""
    chains = {}
    for j in range(len(words)):
        if j > 0 and words[j].abbreviation and words[j - 1].start == words[j].start:
            continue  # "thành viên" inside "TNHH MTV" (Một thành viên) is no post
        # not inside a post begun a word earlier ("Chủ tịch" of "Phó Chủ tịch"), but after punctuation
        if posts().match(words, j) and (j == 0 or words[j - 1].text in (",", ";", ":", "(") or
                                        not posts().match(words, j - 1) and not _board_at(words, j)):
            chain, end = parse_chain(words, j, stops, province, recent)
            if chain:
                chains.setdefault(end, chain)
                if starts is not None:
                    starts.setdefault(end, j)
                tail = descriptive_tail(words, end, stops)
                if tail:  # "Chủ nhiệm Ủy ban Công tác về các tổ chức phi chính phủ Ngô Lê Văn"
                    last, rest = chain[-1], [w.text for w in words[end:tail]]
                    extended = Post(" ".join([last.title] + rest), _body_with_tail(last, rest), last.rank, last.head)
                    chains.setdefault(tail, chain[:-1] + [extended])
    return chains


def _board_at(words: list[Word], j: int) -> bool:
    """"Ban Giám đốc", "Ban Tổng Giám đốc Hoàng Anh Gia Lai": the post at words[j] names a board,
    a body that holds no one ("Thường trực Ban Bí thư A" still gives A the post)."""
    return j > 0 and words[j - 1].lower == "ban" and words[j].lower != "bí"


def _body_with_tail(post: Post, rest: list[str]) -> str | None:
    """The body of a post that lower-case words go on before the holder's name ("Vụ trưởng Vụ
    Giáo dục đại học Nguyễn Thu Thủy": "Vụ Giáo dục đại học"), not after a place."""
    body = post.organization
    if body and post.title.endswith(body) and not ends_with_place(body):
        return " ".join([body] + rest)
    return body or _bare_head_body(post, rest)


def _bare_head_body(post: Post, rest: list[str]) -> str | None:
    """"Cục trưởng Cục khám chữa bệnh Lương Ngọc Khuê": a post whose own words end on a body's
    bare head ("Cục") has the body that head and the lower-case words after it name."""
    said = post.title.split()[len(post.head.split(": ", 1)[-1].split()):]
    found = heads().match([Word(w, 0, 0) for w in said], 0) if said and said[0][:1].isupper() else None
    return " ".join(said + rest) if found and found[0] == len(said) else None


def _share_with_listed_names(words, names, chains_before) -> None:
    """Gives a chain that ends with a colon to every full name listed after it ("các Phó Chủ
    tịch UBND tỉnh: A, B và C": the post applies to every name listed), after the rank or
    honorific a name may carry ("các Phó Giám đốc Công an tỉnh: Đại tá A, Thượng tá B": the rank,
    then the post), past an aside after each name."""
    starts = {b: e for b, e in names if e - b >= 2}
    for end, chain in list(chains_before.items()):
        colon = colon_of_list(words, end, starts)
        k = colon + 1 if colon is not None else len(words)
        while k < len(words) and k + _lead_length(words, k) in starts:
            rank, k = rank_length(words, k), k + _lead_length(words, k)
            chains_before[k] = chains_before[k] + chain if rank and k in chains_before else \
                chains_before.get(k, chain)
            k = skip_brackets(words, starts[k])  # "Đại tá A (Phó Giám đốc Công an tỉnh …), …"
            if k + 1 < len(words) and words[k].text in (",", "và") and k + 1 + _lead_length(words, k + 1) in starts:
                k += 1
            else:
                break


def _lead_length(words: list[Word], k: int) -> int:
    """Words of the rank or honorific that may open a listed name at words[k] ("Đại tá", "bà")."""
    return rank_length(words, k) or honorific_length(words, k)


def _full_name_of(words, begin, name, chain, known) -> str | None:
    """The full name a single-syllable mention at words[begin] stands for, or None: it needs a
    post or an honorific, and one person of the article whose full name ends with it."""
    honorific = _skip_back_honorific(words, begin) != begin
    candidates = known.get(name, [])
    if not (chain or honorific) or len(set(candidates)) != 1:
        if chain:
            reject("officials", name, "a single name that no full name of the article ends with"
                   if not candidates else "a single name shared by several people of the article")
        return None
    return candidates[0]
