"""The baseline that `newsmine eval --baseline` scores next to newsmine: underthesea's NER alone,
its PER spans taken as officials and its ORG spans as organisations."""

from ..facts.sentences import split_sentences


def baseline_prediction(text: str) -> dict:
    """Gold-format lists from underthesea.ner (figures and obstacles: none)."""
    from underthesea import ner

    people, orgs = [], []
    for start, end in split_sentences(text):
        current, label = [], None
        for word, _, _, tag in ner(text[start:end]) + [("", "", "", "O")]:
            if tag.startswith("B-") or tag == "O" or (label and tag[2:] != label):
                if current and label == "PER":
                    people.append(" ".join(current))
                elif current and label == "ORG":
                    orgs.append(" ".join(current))
                current, label = ([word], tag[2:]) if tag != "O" else ([], None)
            else:
                current.append(word)
    return {"officials": [{"name": n} for n in dict.fromkeys(people)],
            "organizations": [{"name": n} for n in dict.fromkeys(orgs)],
            "figures": [], "obstacles": []}
