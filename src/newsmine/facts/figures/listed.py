"""A figure in brackets after a name in a list or a comparison: "vốn điều lệ của A vượt cả B (gần
14.183 tỷ đồng) và C (5.416 tỷ đồng)", "mức tăng của các xa xỉ phẩm khác như D (127%), E (89%)".
The sentence names the quantity once, for its first owner ("<quantity> của A"); each bracketed
figure is that quantity of the name right before its bracket."""

from .candidates import _Found, _Sentence
from .clauses import _words_text
from .tokens import _match_at
from .wordlists import _lexicons

NAME_WORDS = 6  # words of the name before the bracket ("hãng hàng không Vietjet Air")
LABEL_REACH = 40  # tokens back from the name to the "của" of the quantity it shares


def _listed_label(sent: _Sentence, f: _Found) -> str:
    """ "<quantity> của <name>" for an amount or a share alone in brackets right after a name that
    a list word or a comma opens (figure_measure_cues.tsv, list_opener), when the sentence before
    it names a quantity of someone ("<quantity> của …", the quantity read from a quantity or money
    noun on); else ""."""
    toks, j, lex = sent.toks, f.text_first - 1, _lexicons()
    if f.counted or j < 2 or toks[j].text != "(" or f.text_last >= len(toks) or toks[f.text_last].text != ")":
        return ""
    openers = lex.cues.get("list_opener", frozenset())
    p = j
    while p > 0 and j - p < NAME_WORDS and toks[p - 1].kind == "word" and not _match_at(toks, p - 1, openers, 1):
        p -= 1
    if p == j or p == 0 or not (toks[p - 1].text == "," or _match_at(toks, p - 1, openers, 1)):
        return ""  # "… chiếm tỷ trọng chủ yếu (96,21%)": a clause, no name in a list
    of = next((c for c in range(p - 1, max(0, p - LABEL_REACH) - 1, -1) if toks[c].low == "của"), None)
    if of is None:
        return ""
    s = of
    while s > 0 and toks[s - 1].kind == "word":
        s -= 1  # the clause the quantity opens ("Theo …, tốc độ tăng trưởng … của Walmart")
    quantity = (lex.quantity_nouns, lex.cues.get("money", frozenset()))
    q = next((k for k in range(s, of) if any(_match_at(toks, k, words, 3) for words in quantity)), None)
    if q is None:
        return ""  # "gồm một quỹ đầu tư của Oman, …, nhà máy số 2 (10%)": no quantity is named
    return f"{_words_text(sent, q, of)} của {_words_text(sent, p, j)}"
