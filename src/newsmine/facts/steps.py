"""The fact stage's steps on one article, without spaCy: the four extractors in turn over one
shared per-sentence analysis, then the learned obstacle filter.

The spaCy pipeline (pipeline.py) runs these same steps as its components, on the state it keeps
on the Doc; `extract_facts` runs them directly (`run_plain`), so that annotating needs neither
spaCy's import (a third of a second of CPU, a tenth of a whole `newsmine predict`) nor a Doc of
every token, which no extractor reads."""

from dataclasses import dataclass, field

from . import context
from .figures import extract_figures
from .obstacles.echoes import without_echoes
from .obstacles.events import is_event
from .obstacles.model import load_model
from .org_article_names import (
    with_names_to_initials,
    with_official_bodies,
    with_post_brands,
    without_cut_names,
)
from .org_shared_heads import with_listed_ministries
from .places import short_province
from .records import Facts
from .sentences import split_sentences
from .trace import reject

KINDS = ("organizations", "officials", "figures", "obstacles")


@dataclass
class ArticleState:
    """What the steps share: the text, its sentence spans, the article's province and date,
    personal names set by an earlier layer, the per-sentence analysis and the facts so far."""
    text: str
    spans: list[tuple[int, int]]
    province: str | None = None
    published: str | None = None
    people: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[context.Sentence] | None = None
    facts: Facts = field(default_factory=Facts)

    def analysed(self) -> list[context.Sentence]:
        """The shared per-sentence analysis, computed once."""
        if self.sentences is None:
            self.sentences = context.analyse(self.text, self.spans, self.people)
        return self.sentences


def text_sentences(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences of `text` that hold more than white space."""
    return [(s, e) for s, e in split_sentences(text) if text[s:e].strip()]


_EXTRACTORS = {
    "organizations": lambda a: context.extract_organizations(a.analysed(), a.province, a.text),
    "officials": lambda a: context.extract_officials(a.analysed(), a.province, a.facts.organizations or None),
    "figures": lambda a: extract_figures(a.text, a.spans, published=a.published),
    "obstacles": lambda a: context.extract_obstacles(a.text, a.analysed()),
}


def find(article: ArticleState, kind: str) -> list:
    """Sets and returns the facts of one kind (the analysis made first, whatever the kind)."""
    article.analysed()
    facts = _EXTRACTORS[kind](article)
    setattr(article.facts, kind, facts)
    if kind == "officials":  # a name the organisations cut takes the whole name a post gives it
        article.facts.organizations = with_official_bodies(article.facts.organizations, facts)
        article.facts.organizations = with_post_brands(article.facts.organizations, facts, article.analysed())
        article.facts.organizations = without_cut_names(article.facts.organizations, article.text)
        article.facts.organizations = with_names_to_initials(article.facts.organizations, article.text)
        article.facts.organizations = with_listed_ministries(article.facts.organizations, article.text,
                                                             article.analysed())
    return facts


def filter_obstacles(article: ArticleState, model) -> list:
    """Drops the rule candidates for obstacles that the learned model (obstacles/model.py) finds
    unlikely, names the model in the `rule` of those it keeps, and returns the kept ones."""
    kept = []
    for obstacle in article.facts.obstacles:
        if is_event(obstacle):  # events (obstacles/events.py) are no cue candidates
            kept.append(obstacle)
            continue
        p = model.probability(obstacle)
        if p < model.threshold:
            reject("obstacles", obstacle.text, f"the learned filter ({model.name}) gives "
                   f"p={p:.2f}, under its threshold {model.threshold}")
            continue
        obstacle.rule = f"{obstacle.rule}; kept by {model.name} (p={p:.2f})"
        kept.append(obstacle)
    article.facts.obstacles = kept
    return kept


def drop_echoes(article: ArticleState) -> list:
    """Drops the obstacles that tell again one kept before them (obstacles/echoes.py), after the
    learned filter, and returns the rest."""
    article.facts.obstacles = without_echoes(article.facts.obstacles)
    return article.facts.obstacles


def run_plain(text: str, province: str | None = None, published: str | None = None) -> Facts:
    """The facts of one article: what the annotate pipeline (pipeline.load_pipeline) finds."""
    article = ArticleState(text, text_sentences(text), short_province(province), published)
    for kind in KINDS:
        find(article, kind)
    model = load_model()
    if model is not None:
        filter_obstacles(article, model)
    drop_echoes(article)
    return article.facts
