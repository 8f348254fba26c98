"""Negated clauses: a negator that governs a clause's first cue, a denial right before it, and
where a denied clause goes on as a clause of its own after a turn of contrast."""

from ..words import Word, lexicon_trie
from .cues import cue_positions, denied_words, denominalised, joined, negators
from .spans import lead_words


def governor(span_words: list[Word], end: int) -> str | None:
    """The negator (obstacle_negators.txt) among the words before position `end`, or None. A word
    written with a capital after another word is part of a name ("Ban Chỉ đạo", "Quỹ Hỗ trợ nông
    dân"): the body, not a directive, so no negator starts or runs through it. "nào" before "cũng"
    makes "every", not "none" ("mặt hàng nào cũng bán chậm", "lúc nào cũng thấp"), unless a denial
    follows ("doanh nghiệp nào cũng không thể …": no one can)."""
    named = frozenset(id(w) for k, w in enumerate(span_words[:end])
                      if k and w.text[:1].isupper() and span_words[k - 1].text[:1].isalnum())
    lead = denominalised(f" {joined(lead_words(span_words, end), named)} ")
    after = lead + (f"{span_words[end].lower} " if end < len(span_words) else "")
    if not any(f" nào cũng {d} " in after for d in ("không", "chưa", "chẳng")):
        lead = lead.replace(" nào cũng ", " cũng ")  # "mặt hàng nào cũng bán chậm": every one, not none
    return next((n for n in negators() if f" {n} " in lead), None)


def negated_by(span_words: list[Word], clause_cues: list, end: int) -> str | None:
    """Why the clause is negated: a negator before its first cue (obstacle_negators.txt), or a
    denial right before that cue (obstacle_denials.txt: "không gặp nhiều khó khăn", "không quá
    nhiều", whose cue may start on the denial's last word, out of the negators' reach)."""
    governing = governor(span_words, end)
    if governing:
        return f"governed by \"{governing}\" (obstacle_negators.txt)"
    if clause_cues and clause_cues[0][0] in denied_words(span_words):
        return "denied right before its cue: \"không gặp\", \"không quá\" … (obstacle_denials.txt)"
    return None


# The first words of a negator that denies what follows it ("không gây thiệt hại", "không phải là
# rào cản", "chưa ghi nhận"), as a risk ("có thể", "nếu", "sẽ") or a remedy ("khắc phục") does not
_DENYING = ("không", "chưa")


def _denied(span_words: list[Word], clause_cues: list) -> bool:
    """Whether the clause's first cue is denied: a negator opening with "không" or "chưa" before
    it, or a denial right before it (obstacle_denials.txt)."""
    governing = governor(span_words, clause_cues[0][0])
    if governing:
        return governing.split()[0] in _DENYING
    return clause_cues[0][0] in denied_words(span_words)


def unnegated_rest(span_words: list[Word], clause_cues: list) -> int:
    """Where a clause whose first cue is denied goes on as a clause of its own, 0 if it does not:
    after a link of contrast (obstacle_clause_links.txt) that a cue follows, the first whose part
    is not negated itself. "Not this but that" denies one difficulty to report another: "vụ cháy
    không gây thiệt hại về người nhưng đã khiến một đoạn đường bị hư hại", "lãi suất không phải
    là rào cản mà là do sức cầu tín dụng yếu". A clause that "sẽ" governs goes on after a link
    of cause after "sẽ" (obstacle_forecast_reasons.txt): what will be is a forecast, the
    reason given for it a fact of now ("giá sẽ còn tăng bởi vì nguồn cung chưa kịp phục hồi")."""
    if not clause_cues:
        return 0
    forecast = False
    if not _denied(span_words, clause_cues):
        if governor(span_words, clause_cues[0][0]) != "sẽ":
            return 0
        forecast = True  # a forecast's reason is told as a fact of now
    links = lexicon_trie("obstacle_forecast_reasons.txt" if forecast else "obstacle_clause_links.txt")
    start = next(k for k, w in enumerate(span_words) if w.lower == "sẽ") + 1 if forecast else 1
    for k in range(start, len(span_words)):
        link = links.match(span_words, k)
        if link and forecast and not _a_reason(span_words, k, link[0]):
            link = None
        rest = span_words[k + link[0]:] if link else []
        rest_cues = cue_positions(rest)
        if rest_cues and not negated_by(rest, rest_cues, rest_cues[0][0]):
            return k + link[0]
    return 0


# Words around "do"/"vì" that make no link of cause: "lý do", "do đó", "vì vậy", "vì thế", and
# "sẽ do" of who does it ("kinh phí sẽ do nhà thầu chi trả")
_NOT_REASON_BEFORE = ("lý", "nguyên", "sẽ")
_NOT_REASON_AFTER = ("đó", "vậy", "thế", "sao")


def _a_reason(span_words: list[Word], k: int, n: int) -> bool:
    """Whether the link of n words at k opens a reason: not "lý do", "do đó", "vì vậy"."""
    return span_words[k - 1].lower not in _NOT_REASON_BEFORE \
        and (k + n >= len(span_words) or span_words[k + n].lower not in _NOT_REASON_AFTER)
