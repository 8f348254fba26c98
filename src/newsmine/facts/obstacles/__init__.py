"""Obstacles: the difficulties, shortcomings, violations, delays and damage an article reports.

A sentence is cut into clauses at ";", at the ":" after a heading ("… gặp nhiều khó khăn: …"),
and at commas where each side states its own difficulty ("thiếu vốn, thiếu lao động"), but not
inside brackets, before a consequence ("…, gây lãng phí") nor between parts of one kind ("lơ là,
chủ quan", "phòng học bị tốc mái, cây xanh gãy đổ"). A directive ("đề nghị …, tháo gỡ
vướng mắc") governs every part after it; a trailing response or plan ("…, xã đã hỗ trợ …") is
cut. A clause holding a cue (obstacle_cues.tsv) and no negator is an obstacle; its span is the
clause without the discourse words that open it. A heading that only says difficulties exist is
not one, nor is a conditional rule ("vi phạm thì kiên quyết xử lý"), a problem a remedy verb acts
on ("mở chuyên đề xử lý ô nhiễm tiếng ồn"), a measure that restricts ("hạn chế tập trung đông
người"), the case of a rule ("các trường hợp vi phạm … sẽ bị xử phạt"), a case that may arise
("trong trường hợp bệnh viện quá tải"), who receives aid ("5 triệu đồng cho mỗi người bị
thương") or a clause that asks ("Vì sao … vẫn thiếu …?").

The rooms of the package, each using only those listed before it:
  cues.py        the obstacle_* lexicons, read once, and the cues of a clause
  categories.py  the category of an obstacle
  spans.py       the shortest span of a clause that states its obstacle
  clauses.py     a sentence cut into clauses
  filters.py     why a clause with a cue is not an obstacle
  extractor.py   `obstacles_in_sentence`, `is_restatement`, `retells`, `opens_enumeration`
  model.py       the learned filter's features and model (run after the rules, by the pipeline)
"""

from .extractor import is_restatement, obstacles_in_sentence, opens_enumeration, retells

__all__ = ["is_restatement", "obstacles_in_sentence", "opens_enumeration", "retells"]
