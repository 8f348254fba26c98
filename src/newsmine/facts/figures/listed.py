"""A figure in brackets after a name in a list or a comparison: "vốn điều lệ của A vượt cả B (gần
14.183 tỷ đồng) và C (5.416 tỷ đồng)", "mức tăng của các xa xỉ phẩm khác như D (127%), E (89%)".
The sentence names the quantity once, for its first owner ("<quantity> của A"); each bracketed
figure is that quantity of the name right before its bracket. And a share by which a thing
exceeds its whole ("vượt 12% kế hoạch"): "vượt" is the comparison's verb, kept in the measure."""

from .candidates import _Found, _Sentence
from .clauses import _words_text
from .tokens import _match_at, _tokens
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


def _with_exceeding(sent: _Sentence, f: _Found, measure: str) -> str:
    """ "sản phẩm OCOP vượt 63% kế hoạch", "tiến độ vượt 2,4% so kế hoạch": a share said with
    "vượt" right before it (or as its qualifier) is how far the thing exceeds its whole, and the
    word is the verb of that comparison, not only "over": the measure keeps it, before the whole
    when the measure names it (the word right after the share), else at its end; not after a bare
    quantity noun, which the extractor reads as the one the article named before."""
    toks, k = sent.toks, f.text_first
    at = k if toks[k].low == "vượt" else k - 1
    if f.unit != "percent" or not measure or at < 0 or toks[at].low != "vượt" or toks[at + 1].kind != "num":
        return measure
    words, said = measure.split(), _tokens(measure, 0, len(measure))
    if "vượt" in (w.lower() for w in words) or _match_at(said, 0, _lexicons().quantity_nouns) == len(said):
        return measure  # a bare "tỷ lệ" ("tỷ lệ này sẽ vượt 88%") stands for the one named before
    j = at + 2
    while j < len(toks) and toks[j].kind != "word" and j - at < 4:
        j += 1  # past the "%" to the first word after the share
    after = toks[j].low if j < len(toks) and toks[j].kind == "word" else ""
    lows = [w.lower() for w in words]
    i = lows.index(after) if after in lows else len(words)
    return " ".join([*words[:i], "vượt", *words[i:]])
