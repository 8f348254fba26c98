"""The clause before a counted noun, when it is longer than MAX_SCOPE_WORDS: "Công an tỉnh Cao Bằng
đã ngăn chặn thành công 12 vụ lừa đảo qua mạng" names who did what to the counted noun, and the
gold keeps it however long it is. A long run of words before the number is that clause only when
it reads as one clause whose verb takes the counted noun: nothing inside that ends or opens
another clause (a comma, a number, "nhưng", "khi", "mà"; figure_measure_cues.tsv, scope_break),
not opened by a place, a time or a cause ("Tại thôn …", "Trước khi …"; scope_lead) nor by a
quantity noun (count_of: "Số tiền … phải nộp" is another figure's subject), and not ended by a
preposition, a plural word or "và" (scope_end: "chủ tịch và kế toán các công đoàn cơ sở thuộc 10
tỉnh": the number stands inside a noun phrase, no verb's object). Otherwise the measure keeps only
what is said after the counted noun."""

import re

from .tokens import _match_at, _tokens
from .wordlists import _lexicons

MAX_SCOPE_WORDS = 8  # any clause before a counted noun up to this many words scopes it
MAX_LONG_SCOPE_WORDS = 12  # a longer one only when it is one clause (`_one_clause`)


def _scope_fits(scope: str) -> bool:
    """Whether the clause before a counted noun is taken as its scope: 2 to MAX_SCOPE_WORDS words,
    or one clause (`_one_clause`) up to MAX_LONG_SCOPE_WORDS."""
    return 2 <= len(scope.split()) <= MAX_SCOPE_WORDS or _one_clause(scope)


def _one_clause(scope: str) -> bool:
    """Whether a scope of more than MAX_SCOPE_WORDS words reads as one clause whose verb takes the
    counted noun after it (see the module's doc); scopes over MAX_LONG_SCOPE_WORDS never do."""
    words = _tokens(scope, 0, len(scope))
    if not MAX_SCOPE_WORDS < len(scope.split()) <= MAX_LONG_SCOPE_WORDS or re.search(r"[\d,;:]", scope):
        return False
    cues = _lexicons().cues
    if _match_at(words, 0, cues.get("scope_lead", frozenset()), 2) or _match_at(
        words, 0, cues.get("count_of", frozenset()), 1
    ):
        return False
    if (words[-1].low,) in cues.get("scope_end", frozenset()):
        return False
    return not any(_match_at(words, k, cues.get("scope_break", frozenset()), 1) for k in range(len(words)))
