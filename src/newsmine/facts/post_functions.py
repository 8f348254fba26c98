"""The body of a company post that a long function comes between: "Giám đốc phân tích của Công ty
Chứng khoán A", "Giám đốc Quan hệ khách hàng khu vực miền Nam của Viện B", "Giám đốc Chương trình
Đông Nam Á tại Viện C", "Giám đốc nghiên cứu phát triển, Công ty D". The words of the function
may be anything a function's name holds (a place, a region, a word that is a verb elsewhere);
what makes them a function is the body that closes them, named after a link word."""

from .body_tails import company_post
from .names import honorifics
from .organizations import CONNECTORS, heads, level_at, parse_org, stop_words
from .words import Word

# Words that link a function to the body it serves in.
_OWNERS = {"của", "tại"}
_PUNCTUATION_LINKS = {",", "-", "–"}
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
    """A word that may stand in a function's name: letters (and "&"), no name, honorific, post,
    level, connector or body's head."""
    w = words[m]
    return w.text.replace("&", "").isalpha() and m not in stops and w.lower not in CONNECTORS \
        and w.lower not in _OWNERS and not honorifics().match(words, m) and not post_at(words, m) \
        and not level_at(words, m) and not heads().match(words, m)


def _links_to_body(words: list[Word], m: int, verb: bool) -> bool:
    """A link word at words[m] and a capitalised body's head right after it ("của Công ty", ", Viện");
    after a word that may be a verb ("phân tích", "cho biết") only "của" links: "cho biết, Công ty A
    …", "phát biểu tại Hội nghị" start the sentence's clause."""
    w = words[m]
    if m + 1 >= len(words) or not (w.lower == "của" or not verb and (w.lower in _OWNERS or w.text in _PUNCTUATION_LINKS)):
        return False
    return words[m + 1].is_title and heads().match(words, m + 1) is not None


def _post_with_body(words, k, m, title_words, stops, province, recent):
    """(title words with the function words[k:m] and the link at words[m], body after it) or None."""
    org = parse_org(words, m + 1, stops, province, recent)
    if org is None:
        return None
    said = [w.text for w in words[k:m]]
    if words[m].text == ",":  # "Giám đốc nghiên cứu, Công ty A": the comma stays on the word
        said[-1] += ","
    else:
        said.append(words[m].text)
    return title_words + said, org
