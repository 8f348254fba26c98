"""The body of a company post that a long function comes between: "Giám đốc phân tích của Công ty
Chứng khoán A", "Giám đốc Quan hệ khách hàng khu vực miền Nam của Viện B", "Giám đốc Chương trình
Đông Nam Á tại Viện C", "Giám đốc nghiên cứu phát triển, Công ty D". The words of the function
may be anything a function's name holds (a place, a region, a word that is a verb elsewhere);
what makes them a function is the body that closes them, named after a link word."""

import re

from .body_tails import brand_at, brand_posts, company_post
from .names import honorifics
from .org_brands import foreign_word
from .organizations import CONNECTORS, heads, level_at, parse_org, stop_words
from .words import Word

# Words that link a function to the body it serves in.
_OWNERS = {"của", "tại"}
_PUNCTUATION_LINKS = {",", "-", "–", "("}
# A body in brackets after the function ("Giám đốc Điều hành Marketing (Vinamilk)"): the whole
# bracket is the body, and the title names it without the brackets.
_BRACKETED = {"("}
# The longest function read (words and inner dashes): longer runs are clauses, not a name.
_MOST_WORDS = 10


def function_then_body(words: list[Word], k: int, title_words: list[str], stops: set[int], province, recent,
                       post_at):
    """(title words with the function and link, body) for a company's post whose function runs
    from words[k] to a link word and a body's head, or None."""
    if not company_post(" ".join(title_words)):
        return None
    m, verb = k, False
    while m < len(words) and m - k < _MOST_WORDS:
        if m > k and _links_to_body(words, m, verb):
            return _post_with_body(words, k, m, title_words, stops, province, recent)
        if not _function_word(words, m, stops, post_at) and not (m > k and words[m].text in ("-", "–")):
            return None
        verb = verb or stop_words().match(words, m) is not None
        m += 1
    return None


def _function_word(words: list[Word], m: int, stops: set[int], post_at) -> bool:
    """A word that may stand in a function's name: letters (and "&", "-"), no name, honorific, post,
    level, connector or body's head."""
    w = words[m]
    return w.text.replace("&", "").replace("-", "").isalpha() and m not in stops and w.lower not in CONNECTORS \
        and w.lower not in _OWNERS and not honorifics().match(words, m) and not post_at(words, m) \
        and not level_at(words, m) and not heads().match(words, m) and not _brand_word(w)


def _brand_word(w: Word) -> bool:
    """A capitalised word that may be a brand ("Hanwha", "KDL"), not a function's word ("Marketing",
    "PR" of post_brand_posts.txt, "Á-Thái"): the post's body may be that brand, read elsewhere."""
    if not (w.is_title or w.is_upper_word):
        return False
    functions = brand_posts()[1]
    parts = [p for p in re.split(r"[&-]", w.text) if p]
    return w.is_upper_word and w.lower not in functions or any(foreign_word(p) and p.lower() not in functions for p in parts)


def _links_to_body(words: list[Word], m: int, verb: bool) -> bool:
    """A link word at words[m] and a capitalised body's head right after it ("của Công ty", ", Viện");
    after a word that may be a verb ("phân tích", "cho biết") only "của" links: "cho biết, Công ty A
    …", "phát biểu tại Hội nghị" start the sentence's clause."""
    w = words[m]
    if m + 1 >= len(words) or not (w.lower == "của" or not verb and (w.lower in _OWNERS or w.text in _PUNCTUATION_LINKS)):
        return False
    after = words[m + 1]
    if (w.lower in _OWNERS or w.text in _BRACKETED) and (after.is_upper_word or after.is_title):
        return True  # a brand may be the body ("… mạng lưới của Facebook", "… (Vinamilk)"), read below
    return after.is_title and heads().match(words, m + 1) is not None


def _post_with_body(words, k, m, title_words, stops, province, recent):
    """(title words with the function words[k:m] and the link at words[m], body after it) or None;
    a body in brackets must close them."""
    org = parse_org(words, m + 1, stops, province, recent) if heads().match(words, m + 1) else \
        brand_at(words, m + 1, stops, " ".join(title_words))
    if org is None or words[m].text in _BRACKETED and (org.end >= len(words) or words[org.end].text != ")"):
        return None
    said, link = [w.text for w in words[k:m]], words[m].text
    if link == ",":  # "Giám đốc nghiên cứu, Công ty A": the comma stays on the word
        said[-1] += ","
    elif link not in _BRACKETED:
        said.append(link)
    return title_words + said, org
