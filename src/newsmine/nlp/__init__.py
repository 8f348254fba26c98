"""underthesea, the one package that uses it: the baseline of `newsmine eval --baseline` and the
linguistic layers that `newsmine ablation` measures beside the rules (word segmentation, POS,
named entities). None of them is on the annotate path: on real text they bring no gain (see the
README's ablation table), so `newsmine.facts.extract_facts` runs the rules alone."""
