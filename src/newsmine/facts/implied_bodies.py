"""The body a post leaves unsaid: a post of one body ("Thủ tướng": the Government), a post
without its head word ("Bộ trưởng Y tế"), a bare head or post standing for the body of its kind
the article named last ("Giám đốc Sở", "Bí thư Lê Văn A"), a body the post's last words open.
The article's last body of each kind is kept in `recent` under BODY_KEY (context.py)."""

from functools import lru_cache

from .lexicons import load_table
from .organizations import POST_BODY_WORDS, OrgSpan, heads, parse_org
from .post_units import clause_goes_on, lifted_body
from .words import Word


@lru_cache(maxsize=1)
def post_bodies() -> tuple[dict[str, str], dict[str, str]]:
    """(post → the one body it belongs to, post → the head word of the body it heads), lower case."""
    return ({p.lower(): b for p, b in load_table("post_implied_bodies.tsv")},
            {p.lower(): h for p, h, *_ in load_table("post_head_words.tsv")})


def implied_body(words, k, post_words, stops, province, recent) -> tuple[OrgSpan, int] | None:
    """The body of a post that does not name it: "Thủ tướng" (the Government), "Bộ trưởng Y tế"
    (the head word left out), a bare "Bộ trưởng" (the ministry the article named last); the body,
    its scope "implied" when the title should not repeat it, and the index after the post."""
    implied, head_words = post_bodies()
    post, named = " ".join(post_words).lower(), k < len(words) and words[k].is_title and k not in stops
    if post in implied and not named:
        return OrgSpan(k, k, implied[post], "implied"), k
    head = head_words.get(post)
    if head is None:
        return None
    if named and (head.lower() in post or post.endswith("thứ trưởng")):
        # "Bộ trưởng Y tế", "Thứ trưởng Xây dựng" (a deputy minister), not "Hiệu trưởng Nguyễn …"
        org = lifted_body(words, k, [Word(head, words[k].start, words[k].start)], stops, province, recent)
        return (OrgSpan(org.begin, org.end, org.name, "written"), org.end) if org is not None else None
    body = (recent or {}).get(BODY_KEY + head.lower()) if not named else None
    if body and post in _HEAD_ALONE and (heads().match([Word(w, 0, 0) for w in body.split()], 0) or (1,))[0] > 1:
        return None  # "Thứ trưởng A" after "Bộ Chỉ huy Quân sự tỉnh": no ministry named before
    return (OrgSpan(k, k, body, "named"), k) if body else None


# Posts whose bare form is of a body with their head word alone (post_head_words.tsv: "alone").
_HEAD_ALONE = frozenset(row[0].lower() for row in load_table("post_head_words.tsv") if row[2:] == ("alone",))


# The key in `recent` of the body of a kind ("sở", "ban") the article named last.
BODY_KEY = "body:"
BARE_KEY = "bare:"  # recent[BODY_KEY + BARE_KEY + post]: the body of a post written bare (post_bare_bodies.tsv)


def body_named_before(words, k, title_words, stops, recent):
    """"Phó Giám đốc Sở cho biết", "Trưởng ban", "Giám đốc bệnh viện": a bare head after a post
    (or a post ending with one) stands for the body of that kind the article named last, and so
    does a bare post before a name ("Bí thư Lê Văn A", post_bare_bodies.tsv); (title words without
    the bare head, body, index after it, whether the post was bare) or None."""
    if not recent:
        return None
    found = heads().match(words, k) if k < len(words) else None
    after = k + found[0] if found else k
    if found and (after == len(words) or after in stops or not (
            words[after].is_title or words[after].is_upper_word)):
        key = " ".join(w.lower for w in words[k:after])
    elif title_words[-1].lower() in POST_BODY_WORDS and (k == len(words) or not words[k].is_title):
        key, title_words, after = title_words[-1].lower(), title_words[:-1], k
    elif k == len(words) or k in stops or clause_goes_on(words, k):
        # "Bí thư Lê Văn A", "ông A, Tổng Giám đốc, cho biết": the body of its kind named last
        key, after = BARE_KEY + " ".join(title_words).lower(), k
    else:
        return None
    body = recent.get(BODY_KEY + key)
    return (title_words, body, after, key.startswith(BARE_KEY)) if body else None


def body_opened_in_post(words, j, k, title_words, stops, province, recent):
    """"Trưởng Công an xã X": the post's own last words open the body that goes on after it;
    (body or None, title words without the body's opening words)."""
    for p in range(j + 1, k):
        head = heads().match(words, p)
        if head and p + head[0] >= k and words[p].text[:1].isupper():
            org = parse_org(words, p, stops, province, recent)
            if org is not None and org.end > k:
                return org, title_words[:p - j]
            end = p + head[0]  # "Chủ nhiệm Ủy ban Kiểm tra" written bare: of that kind named last
            named = (recent or {}).get(BODY_KEY + " ".join(w.lower for w in words[p:end]))
            if org is None and named and end > k and (end == len(words) or not words[end].is_title):
                return OrgSpan(p, end, named, "named"), title_words[:p - j]
    return None, title_words
