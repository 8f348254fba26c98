"""The learned obstacle filter: a logistic model on what the rules say of a candidate (its
category, length and place in the sentence) that drops the kinds of candidates real annotators
rarely keep (`ObstacleModel`).

The model is a JSON file under facts/models/ (`obstacle_filter.json`: feature weights, bias and the
threshold chosen by cross-validation), built by `make train` (newsmine.train_obstacles) from the
training gold sets only; it needs nothing outside the package to load."""

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..records import Obstacle

MODEL_FILE = "obstacle_filter.json"
_WORD = re.compile(r"\w+", re.UNICODE)
# personal pronouns among a candidate's first words: a speaker or a person telling what befell them
_PERSONAL = {"tôi", "em", "mình", "ta", "chúng", "họ", "bạn"}


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def features(obstacle: Obstacle) -> list[str]:
    """The binary features of a candidate: the category the rules gave it, its length in words,
    whether it opens its sentence and whether it is the whole sentence. Its cue and its words are
    left out: on gold sets held out of training both made the filter worse (a weight per cue learnt
    which cues the training articles happened to use, word n-grams learnt their topics). The category
    is the one the cue and the topic words give (`Obstacle.filter_category` when a vehicle's damage
    was then shown as `other`): what was damaged does not tell whether the annotators keep it.
    `person`: a personal pronoun (tôi, em, mình, ta, chúng, họ, bạn) among its first three words, a
    speaker or a person telling what befell them ("em không thể khóc nổi", "biết mình bị lừa"),
    which the gold rarely keeps as a place's or a sector's obstacle (filter42)."""
    words = _words(obstacle.text)
    found = [f"cat:{obstacle.filter_category or obstacle.category}", f"len:{min(len(words) // 4, 6)}"]
    sentence = obstacle.sentence or obstacle.text
    at = sentence.find(obstacle.text)
    before, after = (sentence[:at], sentence[at + len(obstacle.text):]) if at >= 0 else ("", "")
    found.append("opens" if not before.strip(" -–•+\"“") else "inside")
    found.append("whole" if not after.strip(" .…!?\"”") and not before.strip() else "part")
    if _PERSONAL & set(words[:3]):
        found.append("person")
    return sorted(found)


@dataclass(frozen=True)
class ObstacleModel:
    """Weights of a logistic model over `features`, and the probability under which a candidate
    is dropped."""

    weights: dict[str, float]
    bias: float
    threshold: float
    name: str = MODEL_FILE

    def probability(self, obstacle: Obstacle) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(obstacle))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def as_json(self) -> dict:
        return {"about": "newsmine obstacle filter: logistic weights over features(); built by "
                         "`make train` (python -m newsmine.train_obstacles)",
                "threshold": self.threshold, "bias": self.bias,
                "weights": {f: round(w, 5) for f, w in sorted(self.weights.items())}}


def model_path():
    return resources.files("newsmine.facts").joinpath("models", MODEL_FILE)


@lru_cache(maxsize=1)
def load_model() -> ObstacleModel | None:
    """The shipped model, or None when the package holds none (the rules then run alone)."""
    path = model_path()
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return ObstacleModel(data["weights"], data["bias"], data["threshold"])
