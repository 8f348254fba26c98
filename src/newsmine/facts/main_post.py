"""The main body of an official: the body of the main post of a chain of posts (GOLD.md: an
official's organisation is the body of the main, first, post held now)."""

from .lexicons import load_list
from .org_vocabulary import level_at
from .records import is_former_post
from .words import Word

MEMBERSHIP = load_list("post_memberships.txt")
DEPUTY = ("phó bí thư",)
STEERING = ("ban chỉ đạo", "ban chỉ huy phòng")  # a steering committee of officials who each hold a post elsewhere


def main_organization(chain: list) -> str | None:
    """The body of the main post: the first post held now that is neither a rank nor a membership, passing
    over a deputy secretary of a Party committee, the Party committee of a body and a steering
    committee, when a post of another body follows ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" → the
    UBND; "Phó bí thư Quân ủy Trung ương; Bộ trưởng Bộ Quốc phòng" → the ministry; "Phó trưởng Ban
    Thường trực Ban Chỉ đạo …; Bộ trưởng Bộ Y tế" → the ministry, as every gold set writes it)."""
    jobs = [p for p in chain if not p.rank and p.organization and not _post_itself(p.title).startswith(MEMBERSHIP)]
    current = [p for p in jobs if not is_former_post(p.title)]
    jobs = current or jobs  # "nguyên Cục trưởng …; Cố vấn Trung tâm …": the post held now
    heads_of_body = [p for p in jobs if not (_post_itself(p.title).startswith(DEPUTY) and _party_committee(p.organization)
                                             or _organ_party_committee(p.organization)
                                             or p.organization.lower().startswith(STEERING))]
    if heads_of_body or jobs:
        return (heads_of_body or jobs)[0].organization
    return next((p.organization for p in chain if p.organization), None)


def _post_itself(title: str) -> str:
    """The post of a title in lower case, without the word that says it is no longer held
    ("nguyên Ủy viên Bộ Chính trị" is a membership too, "nguyên Phó Bí thư Tỉnh ủy" a deputy's post)."""
    return title.split(maxsplit=1)[1].lower() if is_former_post(title) and " " in title else title.lower()


def _organ_party_committee(body: str) -> bool:
    """The Party committee of a body, not of a place ("Đảng ủy Công an Trung ương", "Quân ủy
    Trung ương", "Đảng ủy Công ty …", not "Đảng ủy xã …"): its secretary's main post is the
    body's own ("Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Bộ Công an" → the ministry)."""
    words = body.split()
    return len(words) > 2 and " ".join(words[:2]).lower() in ("đảng ủy", "quân ủy") \
        and not level_at([Word(w, 0, 0) for w in words], 2)


def _party_committee(body: str) -> bool:
    """A Party committee ("Tỉnh ủy Lai Châu", "Đảng ủy xã …"), not a youth union ("Tỉnh Đoàn")."""
    return any(f"{w} ủy" in body.lower() for w in ("tỉnh", "huyện", "thành", "thị", "đảng", "quân"))
