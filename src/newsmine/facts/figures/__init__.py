"""Figures: the quantities of Vietnamese news text, as GOLD.md defines them.

`extract_figures` is pure: text in, `Figure`s out, offsets into the text. The grammar is here;
every word list (units, multipliers, number words, qualifiers, cues of names, dates and
periods) is a data file under facts/lexicons/ whose name starts with "figure_".

A figure is a number written the Vietnamese way ("1.234,5", "1,5%", "3,2 nghìn tỷ đồng",
"1 tỷ 200 triệu đồng", "mười hai bản") followed by a unit, a multiplier that implies money
("6.032 tỷ"), or a counted noun ("235 phòng học" → count, item "phòng học"). Dates, years,
periods, document numbers, ordinals and names containing digits are not figures.

The rooms of the package, each using only those listed before it:
  wordlists.py   the figure_* lexicons, read once (`_lexicons`)
  numbers.py     numbers in digits and in words (`parse_number`, `parse_number_words`)
  tokens.py      numbers, words and marks of a text, and phrase lookup at a token
  quantities.py  a number read at a token, in digits with its multipliers or in words
  periods.py     period expressions of a sentence and the period a figure refers to
  groups.py      a group cue before a number that counts members ("nhóm 20 nền kinh tế")
  candidates.py  a sentence's quantities, classified into figures or rejected
  elided.py      numbers whose noun is left out: parts after "trong đó", in the unit of the whole,
                 and a bare number said of a "số <noun>" subject ("Tổng số mẫu … là 2.452")
  clauses.py     the clause before a figure and the words after it, trimmed for a measure
  cues.py        goal, speaker and funding cues of a sentence, a point in time in a measure
                 (figure_measure_cues.tsv)
  subject.py     the subject of a figure: the words before it, or the subject it stands for
  measure.py     what a figure measures, in the article's words
  respective.py  figures given "lần lượt" to a list before them: each its own member's measure
  kinds.py       what kind of figure it is: level, change, target or share
  extractor.py   `extract_figures`: the sentences of an article, turned into `Figure`s
"""

from .extractor import extract_figures
from .numbers import parse_number, parse_number_words
from .wordlists import _lexicons

EXTRACTOR_VERSION = "figures-0.1"

__all__ = ["EXTRACTOR_VERSION", "_lexicons", "extract_figures", "parse_number", "parse_number_words"]
