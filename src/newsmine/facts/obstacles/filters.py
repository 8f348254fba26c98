"""Why a clause with a cue is not an obstacle: a directive, negator, instruction, condition or
resolution governs it, it names the case of a rule or a case that may arise, it only says
difficulties exist, or it needs a disaster that is not named."""

from functools import lru_cache

from ..lexicons import load_list, load_table
from ..words import PhraseTrie, Word, lexicon_trie
from .cues import (
    GENERAL_NOUNS,
    announces,
    category_words,
    cue_positions,
    has_phrase,
    imperatives,
    joined,
    opens_instruction,
    remedy_object,
)
from .negation import negated_by
from .spans import lead_words


def _is_general(words: list[Word]) -> bool:
    """A clause that only says difficulties exist ("… gặp nhiều khó khăn, vướng mắc"), its subject
    naming no topic ("các thủ tục thông quan còn gặp nhiều khó khăn" names the problem)."""
    found = cue_positions(words)
    if not announces(words):
        return False
    if _states_cause(words, found[0][0], found[-1][1]):
        return False
    return not any(category_words().match(words, k) for k in range(found[0][0]))


def _states_cause(words: list[Word], first: int, last: int) -> bool:
    """Whether a general clause names the cause of its difficulty: a cause of three words or more
    before a link ("kho chứa nhiều hóa chất nên việc dập lửa gặp nhiều khó khăn") or of two or
    more after one that follows the cue ("gặp nhiều khó khăn do thiếu vốn")."""
    links = lexicon_trie("obstacle_stated_causes.txt")
    before = any(links.match(words, k) and k >= 3 for k in range(first))
    after = any(links.match(words, k) and len(words) - k > 2 for k in range(last, len(words)))
    return before or after


# Words right before a phrase of resolution that deny it ("dịch bệnh chưa được kiểm soát")
_DENIALS = ("chưa", "không", "chẳng")


def _solved(words: list[Word], clause_cues: list) -> bool:
    """Whether a phrase after the clause's first cue says its problem is over or under control
    (obstacle_resolutions.txt: "điểm sạt lở đã được khắc phục", "dịch bệnh đến nay được kiểm soát
    tốt"), not denied right before it ("dịch vẫn chưa được kiểm soát"), no cue after it ("dịch
    bệnh được khống chế dẫn đến một số nơi chủ quan, lơ là" states the slackness that followed),
    nor in a time clause opened after the last cue ("người dân mất cảnh giác khi dịch được kiểm
    soát": the slackness is the problem, the control its backdrop)."""
    if not clause_cues:
        return False
    resolutions = lexicon_trie("obstacle_resolutions.txt")
    last = clause_cues[-1][1]
    return any(resolutions.match(words, k) and words[k - 1].lower not in _DENIALS
               and not any(cue[0] > k for cue in clause_cues)
               and not any(w.lower == "khi" for w in words[last:k])
               for k in range(clause_cues[0][0], len(words)))


# Words of advice ("hãy cố gắng học lại …", "đừng e ngại", "hãy đừng lãng phí …"): a clause holding
# one tells the reader what to do or fear, not what happened; no studied gold item holds either
# (23 uses in the studied texts, all outside an item).
_ADVICE = ("hãy", "đừng")


def blocked(span_words: list[Word], clause_cues: list) -> str | None:
    """Why a clause with a cue is not an obstacle (a directive or negator governs it, it is an
    instruction, or it only says difficulties exist), or None. A directive or remedy governs
    what follows it: "yêu cầu khắc phục tình trạng chậm …", but not "chưa đáp ứng được yêu cầu"."""
    end = clause_cues[0][0] if clause_cues else len(span_words)
    negated = negated_by(span_words, clause_cues, end)
    if negated:
        return negated
    leading = lead_words(span_words, end)
    # "Cần" opening a sentence recommends too; before a capital it names a place ("Cần Thơ")
    if any(w.text == "cần" or w.text == "Cần" and k + 1 < len(leading) and leading[k + 1].text == leading[k + 1].lower
           for k, w in enumerate(leading)):
        return "a recommendation: \"cần\" governs it"
    if remedy_object(span_words, end):
        return "the object of a remedy verb (obstacle_imperatives.txt)"
    if any(w.lower in _ADVICE for w in span_words):
        return "advice: \"hãy\" or \"đừng\" tells the reader what to do"
    if opens_instruction(span_words, 0):
        return f"an instruction (obstacle_imperatives.txt: {imperatives().match(span_words, 0)[1]})"
    if _solved(span_words, clause_cues):
        return "solved since (obstacle_resolutions.txt)"
    if _conditional(span_words[end:]):
        return "a rule of what is done if the problem occurs (obstacle_conditional_outcomes.txt)"
    if clause_cues and _predicted(span_words, clause_cues[-1][1]):
        return "a prediction or an ability: \"sẽ\" or \"có thể\" follows the cue"
    if _rule_for_a_case(span_words, end):
        return "a rule for a case: \"trường hợp/đối với …\" before the cue, \"thì\" after it"
    if _good_direction(span_words, clause_cues):
        return "a good direction: a risk or cost that is low or falls, visitors or income that rise " \
               "(obstacle_directions.tsv)"
    if _a_topic(span_words, clause_cues):
        return "a topic a measure is fitted to (obstacle_topic_takers.txt)"
    if _a_range(span_words):
        return "a range: its lowest and its highest (\"thấp nhất là …, cao nhất là …\")"
    dated = _dated(span_words, clause_cues)
    if dated:
        return dated
    if _restricts(span_words, clause_cues):
        return "a measure: \"hạn chế\" restricts what follows it (obstacle_noun_followers.txt)"
    return "only says that difficulties exist" if _is_general(span_words) else None


def governed_before(words: list[Word], opening: int, b: int) -> str | None:
    """Why the clause at word b is governed by a directive that opens its sentence before any
    cue ("đề nghị bổ sung khó khăn, vướng mắc …", "yêu cầu …; làm tốt công tác tố giác …"), or
    None. A conjunction of contrast or a reporting verb ends the directive's scope, and so does a
    part that opens on the present ("…; hiện mặt đường hẹp, …"). Only lower-case directives count
    ("Ban Chỉ đạo" is a name). `opening` is where the clause began before its trim."""
    found = cue_positions(words)
    end = min(b, found[0][0]) if found else b
    present = lexicon_trie("obstacle_present_openers.txt")
    if any(present.match(words, k) and words[k - 1].text in (",", ";", ":") for k in range(1, opening + 1)):
        return None
    lead = [w for w in lead_words(words, end) if w.text == w.lower]
    directive = next((d for d in load_list("obstacle_sentence_directives.txt")
                      if f" {d} " in f" {joined(lead)} "), None)
    return f"governed by \"{directive}\" earlier in the sentence" if directive else None


# How far a finding verb may stand after its study ("Một nghiên cứu kéo dài 9 tuần trên 98 trẻ cho
# thấy …")
_FINDING_REACH = 12


@lru_cache(maxsize=1)
def _findings() -> dict[str, PhraseTrie]:
    """The studies and the verbs that tell their findings (obstacle_research_findings.tsv), a trie
    per role."""
    rows = load_table("obstacle_research_findings.tsv")
    return {role: PhraseTrie((p, p) for r, p in rows if r == role) for role in ("study", "finding", "firm")}


def _after_firm(words: list[Word], k: int, firms: PhraseTrie) -> bool:
    """Whether a firm word ends right before word k ("hãng nghiên cứu", "công ty nghiên cứu")."""
    return any((m := firms.match(words, j)) and j + m[0] == k for j in range(max(0, k - 2), k))


def reports_finding(words: list[Word], b: int) -> str | None:
    """Why the clause at word b of a sentence states a finding of research, or None: a study
    ("nghiên cứu", "các nhà khoa học") and a verb that tells what it found ("cho thấy", "phát
    hiện") stand before it, the verb a few words after the study ("Nghiên cứu … cho thấy những
    người hút thuốc có nguy cơ … cao gấp 3 lần"). Health and science news tell of people in
    general so; no studied gold item is such a clause. A capitalised study word inside a sentence
    is part of a name ("Viện Nghiên cứu …"), a study after a firm word is a business's ("hãng
    nghiên cứu bảo mật … phát hiện …"), and a comma between study and verb ends the study's part."""
    found = _findings()
    for k in range(b):
        study = found["study"].match(words, k)
        if not study or k and words[k].text != words[k].lower or _after_firm(words, k, found["firm"]):
            continue
        for j in range(k + study[0], min(b, k + study[0] + _FINDING_REACH)):
            if words[j].text in (",", ";", ":"):
                break  # "Qua nghiên cứu hồ sơ, cơ quan điều tra phát hiện …": a study of a file
            if found["finding"].match(words, j):
                return "a finding of research: a study and \"cho thấy\" … before it (obstacle_research_findings.tsv)"
    return None


def _conditional(words: list[Word]) -> bool:
    """Words after a cue that make its clause a condition: "(nếu có)", or a "thì" followed within
    five words by an obligation or a sanction ("vi phạm thì kiên quyết xử lý", "chậm nộp thì cá
    nhân vi phạm phải nộp thêm") or at once by a modal ("thấp thì có thể xin từ chức")."""
    if "nếu có" in joined(words):
        return True
    outcomes = lexicon_trie("obstacle_conditional_outcomes.txt")
    modals = lexicon_trie("obstacle_conditional_modals.txt")
    return any(w.lower == "thì" and (modals.match(words, k + 1)
                                    or any(outcomes.match(words, j) for j in range(k + 1, k + 6)))
               for k, w in enumerate(words))


# A modal after a clause's last cue makes the clause foretell or allow something ("áp lực cung cầu
# sẽ bù trừ nhau", "học viên chưa đạt trình độ … sẽ được học tăng cường", "các công ty yếu hơn có
# thể học cách …"): GOLD.md makes what has not happened optional, and 84 of the 91 studied gold
# items holding one are (obstprec12). A second predicate, a contrast or a link of consequence
# between cue and modal ends the cue's part ("… xả thải vượt quy chuẩn và sẽ bị xử lý", "… áp lực
# nợ xấu nhưng vẫn có thể tăng …"), and a consequence verb right after the modal leaves the cue a
# cause that is reported ("các ca nhiễm tăng cao có thể khiến …").
_MODAL_REACH = 6
_MODAL_BREAKS = (",", ";", ":", "và", "nhưng", "song", "mà", "nên", "khiến", "làm", "gây", "dẫn", "do", "vì")
_CAUSING = ("khiến", "làm", "gây", "dẫn", "đe")


def _predicted(words: list[Word], end: int) -> bool:
    """Whether a modal ("sẽ", "có thể") stands within a few words after a clause's last cue (which
    ends at word `end`), with nothing between that ends the cue's part, and no consequence verb
    after it. "khó có thể" ("rất khó có thể dò ra …") says the difficulty itself."""
    after = words[end:]
    if end and words[end - 1].lower == "khó" and joined(after[:2]) == "có thể":
        return False
    for k, w in enumerate(after[:_MODAL_REACH]):
        if w.lower in _MODAL_BREAKS:
            return False
        width = 1 if w.lower == "sẽ" else 2 if joined(after[k:k + 2]) == "có thể" else 0
        if width:
            return not (k + width < len(after) and after[k + width].lower in _CAUSING)
    return False


# Words that point at a party already named ("công ty này", "cơ sở trên")
_POINTERS = ("này", "trên", "đó")


def prescribed(words: list[Word], cue: int) -> str | None:
    """Why the cue at word `cue` of a sentence names the case of a rule, or None: a duty or sanction
    to come follows it ("các trường hợp vi phạm … sẽ được xử lý nghiêm") or comes before a "khi"
    that opens it ("phải chịu trách nhiệm … khi để xảy ra lây nhiễm"; obstacle_prescriptions.txt).
    A cue after a number or "đã" in its part of the sentence counts what happened, and one after a
    name or a pointer ("Công ty X xả thải …", "cơ sở này …") tells of a party: reports."""
    duties = lexicon_trie("obstacle_prescriptions.txt")
    start = next((k + 1 for k in range(cue - 1, -1, -1) if words[k].text in (",", ";", ":")), 0)
    if any(w.lower == "đã" or w.text[:1].isdigit() for w in words[start:cue]):
        return None
    named = any(w.text[:1].isupper() for w in words[max(start, 1):cue]) \
        or any(w.lower in _POINTERS for w in words[start:cue])
    if not named and any(duties.match(words, k) for k in range(cue, len(words))):
        return "the case of a rule: a duty or sanction to come follows it (obstacle_prescriptions.txt)"
    duty = next((k for k in range(cue) if duties.match(words, k)), None)
    if duty is not None and any(w.lower == "khi" for w in words[duty:cue]):
        return "the case of a rule: \"khi\" after a duty or sanction opens it (obstacle_prescriptions.txt)"
    return None


# Quantifiers and nouns of the people or households aid goes to ("cho mỗi người …", "các hộ …")
_QUANTIFIED = ("mỗi", "các", "những", "từng")
_RECIPIENTS = ("hộ", "người", "gia đình", "trường hợp", "nạn nhân", "học sinh")
# Words between a recipient and a cue that make the cue the sentence's own predicate ("… cho các
# hộ ở vùng nguy hiểm rất hạn chế"), not a trait of the recipient
_PREDICATE_MARKS = ("rất", "thì", "nên", "vẫn", "còn", "đã", "đang", "chưa", "không", "là", ",")
_RECIPIENT_REACH = 6  # words from a recipient noun to the cue that describes it


def _recipient_end(words: list[Word], k: int) -> int:
    """The end of a quantified recipient ("mỗi người", "các gia đình") at word k, or 0."""
    if k >= len(words) or words[k].lower not in _QUANTIFIED:
        return 0
    return next((k + 1 + n for n in (1, 2) if joined(words[k + 1:k + 1 + n]) in _RECIPIENTS), 0)


def aided(words: list[Word], cue: int, last: int) -> str | None:
    """Why the cues of a clause, the first at word `cue` of its sentence and the last at `last`,
    only say who receives aid, or None: they describe a recipient after a verb of aid and "cho"
    ("hỗ trợ … 5 triệu đồng cho mỗi người bị thương") or right after the verb ("giúp đỡ các gia
    đình có thu nhập thấp"), or a recipient that opens its part and is then given aid ("Mỗi hộ có
    nhà bị cuốn trôi được huyện hỗ trợ …"; obstacle_aid_verbs.txt). Aid not given ("chưa được hỗ
    trợ") leaves the harm a report, and so does a cue that is the sentence's own predicate."""
    aid = lexicon_trie("obstacle_aid_verbs.txt")
    for k in range(max(0, cue - _RECIPIENT_REACH - 3), cue):
        verb = aid.match(words, k)
        link = k + verb[0] if verb else None
        if link is None:
            link = k + 1 if words[k].lower == "cho" and any(aid.match(words, j) for j in range(k)) else None
        end = _recipient_end(words, link) if link is not None else 0
        if end and end <= cue and not any(w.lower in _PREDICATE_MARKS for w in words[end:last]):
            return "who receives aid: the cue describes the recipient of a verb of aid (obstacle_aid_verbs.txt)"
    start = next((k + 1 for k in range(cue - 1, -1, -1) if words[k].text in (",", ";", ":")), 0)
    opens = _recipient_end(words, start) or any(joined(words[start:start + n]) in _RECIPIENTS for n in (1, 2))
    if not opens:
        return None
    for k in range(last + 1, min(len(words), last + _RECIPIENT_REACH + 2)):
        if words[k].text in (",", ";"):
            return None
        if words[k].lower == "được" and words[k - 1].lower not in ("chưa", "không") \
                and any(aid.match(words, j) for j in range(k + 1, min(len(words), k + 4))):
            return "who receives aid: a recipient given aid (obstacle_aid_verbs.txt)"
    return None


# Words after the cue of a clause opened by "trường hợp" that show a main clause follows it
_MAIN_CLAUSE = (",", "sẽ", "thì")


def a_case(words: list[Word], b: int, cue: int) -> str | None:
    """Why the clause at word b, with its first cue at word `cue`, is a case that may arise, or
    None: it opens with "trong trường hợp" ("…, trong trường hợp các bệnh viện quá tải"; not "trong
    trường hợp này", the case at hand), or with "trường hợp" and a main clause follows the cue
    ("Trường hợp cuộc họp không đủ điều kiện, cuộc họp lần thứ ba sẽ …"). A case named alone
    ("Trường hợp ông A chưa được bồi thường.") or told of a named party, its own ("của") or in the
    past ("Trường hợp bà C chưa được bồi thường, gia đình đã …") is reported."""
    if joined(words[b:b + 3]) == "trong trường hợp":
        at_hand = b + 3 < len(words) and words[b + 3].lower in ("này", "đó", "trên")
        return None if at_hand else "a case that may arise: \"trong trường hợp\" opens it"
    at_hand = any(w.text[:1].isupper() or w.lower in ("của", "đã") for w in words[b + 2:cue])
    if joined(words[b:b + 2]) == "trường hợp" and not at_hand \
            and any(w.lower in _MAIN_CLAUSE for w in words[cue:]):
        return "a case that may arise: \"trường hợp\" opens it and a main clause follows"
    return None


# Openers of the case a rule is written for ("Trường hợp … không đủ điều kiện thì …", "Đối với các
# trường chưa tự chủ tài chính thì thu …")
_CASE_OPENERS = ("trường hợp", "đối với")


def _rule_for_a_case(words: list[Word], end: int) -> bool:
    """Whether the clause states what is done in a case that holds its cue: a case opener before
    the cue and a "thì" after it. A regulation or advice, not a report."""
    lead = f" {joined(words[:end])} "
    return any(f" {o} " in lead for o in _CASE_OPENERS) and any(w.lower == "thì" for w in words[end:])


# Words between a cue and a "giảm" that make it no fall of the cue: a consequence or purpose ("ô
# nhiễm làm giảm năng suất", "để giảm ùn tắc"), a negation ("vi phạm chưa giảm"), a rise or
# another subject ("thất nghiệp tăng …, và nhu cầu giảm")
_NOT_A_FALL = ("làm", "khiến", "gây", "giúp", "để", "nhằm", "cắt", "sụt", "suy", "chưa", "không",
               "chẳng", "nhưng", "tăng", "và", ",")
_SUBJECT_REACH = 10  # words before a direction cue that its quantity may stand in
_NEGATORS = ("chưa", "không", "chẳng")  # cues that deny, whose "giảm" is no fall of a problem


@lru_cache(maxsize=1)
def _direction_roles() -> PhraseTrie:
    return PhraseTrie(load_table("obstacle_directions.tsv"))


def _good_direction(words: list[Word], clause_cues: list, reach: int = _SUBJECT_REACH) -> bool:
    """Whether the clause's cue states a direction that is good for the quantity it follows: a
    down cue shortly after a low_good quantity ("nguy cơ lây nhiễm rất thấp"), an up cue after a
    high_good one ("lượng khách tăng cao"), or a low_good cue or a cue of no direction (a harm, a
    wrong) followed by its fall ("tình trạng vi phạm ở các địa phương giảm", "hoạt động buôn lậu
    giảm hẳn"; the studied gold holds no required item of a problem that falls). A
    negator is no such cue: what has "chưa giảm" has not fallen."""
    if not clause_cues:
        return False
    roles = _direction_roles()
    b, e, _ = clause_cues[0]
    role = roles.match(words, b)
    role = role[1] if role and role[0] == e - b else None
    wanted = {"down": "low_good", "up": "high_good"}.get(role)
    if wanted:  # what the cue measures: a quantity right after it ("sụt giảm doanh thu"), else
        # the nearest one before it ("giá" is good neither way)
        quantities = ("low_good", "high_good", "price")
        after = roles.match(words, e)
        nearest = after[1] if after and after[1] in quantities else next(
            (m[1] for k in range(b - 1, max(0, b - reach) - 1, -1)
             if (m := roles.match(words, k)) and m[1] in quantities), None)
        return nearest == wanted
    if role is not None and role != "low_good" or words[b].lower in _NEGATORS:
        return False
    for w in words[e:e + _SUBJECT_REACH]:
        if w.lower in _NOT_A_FALL:
            return False
        if w.lower == "giảm":
            return True
    return False


def good_after_comma(words: list[Word], b: int, clause_cues: list) -> str | None:
    """Why a clause that opens on a direction cue is good news for the quantity the part before
    its comma names ("Lãi suất huy động … chỉ còn 3,3%, thấp nhất trong 10 năm"), or None: the
    part goes on telling that quantity."""
    if not clause_cues or clause_cues[0][0] or b < 2 or words[b - 1].text != ",":
        return None
    s = max((k + 1 for k in range(b - 1) if words[k].text in (",", ";", ":")), default=0)
    shifted = [(cb + b - s, ce + b - s, c) for cb, ce, c in clause_cues]
    if _good_direction(words[s:b + clause_cues[0][1]], shifted[:1], reach=b - s):
        return "a good direction for the quantity before the comma (obstacle_directions.tsv)"
    return None


# Words between a topic-taking verb and the cue it governs ("phù hợp với diễn biến tình hình dịch",
# "tùy thuộc vào mức độ đánh giá tình hình dịch bệnh")
_SITUATION = ("tình hình", "diễn biến", "của", "các", "mức độ", "đánh giá")


def _a_topic(words: list[Word], clause_cues: list) -> bool:
    """Whether the clause's only cue is the topic of a verb fitting something to it ("phù hợp với
    diễn biến tình hình dịch bệnh", "tùy theo tình hình diễn biến của dịch bệnh"): a situation
    named as what a measure follows, not a difficulty reported."""
    if len(clause_cues) != 1:
        return False
    k = clause_cues[0][0]
    while True:  # back over "tình hình", "diễn biến", "của" to the word that takes them
        if k >= 2 and joined(words[k - 2:k]) in _SITUATION:
            k -= 2
        elif k >= 1 and words[k - 1].lower in _SITUATION:
            k -= 1
        else:
            break
    takers = lexicon_trie("obstacle_topic_takers.txt")
    return k < clause_cues[0][0] and any((m := takers.match(words, j)) and j + m[0] == k
                                         for j in range(max(0, k - 4), k))


def _a_range(words: list[Word]) -> bool:
    """Whether the clause gives a range by its lowest and highest values ("giá bán thấp nhất 300
    triệu đồng, cao nhất là …", "Nhiệt độ thấp nhất 25 độ C, cao nhất 34 độ C"): a span of values,
    not a shortfall."""
    text = f" {joined(words)} "
    return " thấp nhất " in text and " cao nhất " in text


def _dated(words: list[Word], clause_cues: list) -> str | None:
    """Why the clause's cues only date what it says (a time of difficulty, an epidemic's start in
    a time clause), or None."""
    if _a_time_of(words, clause_cues):
        return "a time of difficulty: \"thời kỳ/giai đoạn khó khăn\" dates what the clause says"
    if _an_onset_dates(words, clause_cues):
        return "a time clause: an epidemic's start (\"khi dịch bệnh bùng phát\") dates the sentence"
    return None


# Nouns of a stretch of time that a general difficulty may qualify ("trong thời kỳ khó khăn")
_TIMES = ("thời kỳ", "giai đoạn", "thời điểm", "lúc", "thời gian")


def _a_time_of(words: list[Word], clause_cues: list) -> bool:
    """Whether every cue of the clause is a general noun qualifying a time ("phát triển mạnh mẽ
    trong cả thời kỳ khó khăn hiện nay", "khoảng thời gian khó khăn đối với bản thân"): it dates
    or colours what the clause says and names no difficulty (gold makes such items optional)."""
    return bool(clause_cues) and all(
        joined(words[b:e]) in GENERAL_NOUNS and b >= 1
        and (words[b - 1].lower in _TIMES or joined(words[max(0, b - 2):b]) in _TIMES)
        for b, e, _ in clause_cues)


# The words a time clause may open with before its "khi" ("ngay khi", "kể từ khi", "sau khi"), and
# what names an epidemic's start in it ("khi dịch bệnh bùng phát", "khi có dịch", "kể từ khi đại
# dịch xuất hiện")
_WHEN_PREFIXES = ("ngay", "từ", "kể", "trước", "sau", "cả", "đến")
_EPIDEMICS = ("dịch bệnh", "đại dịch", "dịch covid-19", "dịch covid", "covid-19", "bùng phát dịch", "có dịch")
_ONSETS = ("bùng phát", "xuất hiện", "xảy ra", "bắt đầu", "có dịch")
_ONGOING = ("đang", "vẫn")  # "khi quốc gia này đang phải vật lộn với đợt bùng phát dịch": a state told


def _an_onset_dates(words: list[Word], clause_cues: list) -> bool:
    """Whether the clause opens with a time clause ("khi", "kể từ khi" …) that dates what the
    sentence says by an epidemic's start and holds all its cues, up to its comma or "thì" ("Ngay
    khi dịch bệnh bùng phát, công ty đã …", "năm 2019, khi dịch Covid-19 chưa xuất hiện"): a
    backdrop, not a report (no studied gold item is such a clause; nine uses in seven studied
    sets, none inside an item). Not when it tells a state that goes on ("khi … đang phải vật lộn
    với …"), nor when a clause comes before it ("số ca tử vong cao nhất kể từ khi dịch bùng
    phát" reports the deaths)."""
    when = next((k for k, w in enumerate(words) if w.lower not in _WHEN_PREFIXES), 0)
    if not clause_cues or when >= len(words) or words[when].lower != "khi":
        return False
    end = next((k for k in range(when, len(words)) if words[k].lower in (",", "thì")), len(words))
    part = words[when + 1:end]
    return (all(e <= end for _, e, _ in clause_cues) and has_phrase(part, _EPIDEMICS)
            and has_phrase(part, _ONSETS) and not has_phrase(part, _ONGOING))


# Verbs that are also cues of a shortcoming, and the words before them that make them a measure
# wherever they stand ("lệnh hạn chế đi lại", "giúp hạn chế bám bụi", "thông qua việc hạn chế …"),
# and the residents a restriction is asked of ("Người dân hạn chế ra khỏi nhà")
_RESTRICTING = ("hạn chế",)
_MEASURE_OPENERS = ("lệnh", "biện pháp", "giúp", "việc", "người dân")


def _restricts(words: list[Word], clause_cues: list) -> bool:
    """Whether the clause's first cue is a verb of restricting that opens it or follows a measure
    word, with an object after it ("hạn chế tập trung đông người", "giúp hạn chế bám bụi"): a
    measure or advice, not a report ("hạn chế về nguồn lực", "còn hạn chế" stay reports)."""
    if not clause_cues:
        return False
    b, e, _ = clause_cues[0]
    if joined(words[b:e]) not in _RESTRICTING or e >= len(words):
        return False
    if b and words[b - 1].lower not in _MEASURE_OPENERS and joined(words[max(0, b - 2):b]) not in _MEASURE_OPENERS:
        return False
    follower = lexicon_trie("obstacle_noun_followers.txt")
    return not follower.match(words, e) and words[e].text[:1].isalpha()


def needs_disaster(span_words: list[Word], clause_cues: list, disaster: bool) -> str | None:
    """Why a clause whose only cues are ones that need a disaster near (obstacle_disaster_cues.txt)
    is not an obstacle when none is named nor any `natural` topic ("địa hình chia cắt"), or None."""
    needing = load_list("obstacle_disaster_cues.txt")
    named = {" ".join(w.lower for w in span_words[b:e]) for b, e, _ in clause_cues}
    if disaster or not named or not named <= set(needing):
        return None
    if any((found := category_words().match(span_words, k)) and found[1] == "natural"
           for k in range(len(span_words))):
        return None
    return "no disaster named near it (obstacle_disaster_cues.txt)"


# Words before a body word that make it part of a disease's name ("viêm gan", "ung thư phổi",
# "bệnh tim"): the illness is then what the clause counts ("số ca viêm não tăng cao")
_DISEASE_HEADS = ("viêm", "ung thư", "bệnh", "lao")
_BODY_REACH = 4  # words from a body word to the cue it is the subject of ("hệ miễn dịch … còn yếu")
_BODY_LINKS = ("cho", "ở", "của")  # between a cue and the body part it acts on ("quá tải cho tim")
_WOUNDS = ("mất", "bị mất")  # "bị mất máu nhiều do bị chém": a victim's wound, not a symptom


def _body_at(words: list[Word], k: int) -> int:
    """The length of the body word (obstacle_body_words.txt) at word k, or 0. Not one written
    with a capital after a word ("Bệnh viện Phổi Trung ương", "Viện Tim": a name) nor one that
    names a disease with the word before it."""
    found = lexicon_trie("obstacle_body_words.txt").match(words, k)
    if not found or k and words[k].text[:1].isupper() and words[k - 1].text[:1].isalnum():
        return 0
    if k and words[k - 1].lower in _DISEASE_HEADS or k >= 2 and joined(words[k - 2:k]) in _DISEASE_HEADS:
        return 0
    return found[0]


def _of_the_body(words: list[Word], clause_cues: list) -> bool:
    """Whether every cue of the clause tells the state of a body part: one stands a few words
    before it in its part ("men gan tăng cao", "gan đang gặp khó khăn trong việc xử lý mật",
    "mức độ progesterone thấp") or right after it ("thiếu máu", "tắc nghẽn mạch máu", "gây quá tải
    cho tim"). A symptom or how an illness works, as health advice and medical features tell
    them, is no difficulty the article reports; lives lost (`casualty`) and blood lost stay."""
    return bool(clause_cues) and all(_body_state(words, *cue) for cue in clause_cues)


def _body_state(words: list[Word], b: int, e: int, category: str | None) -> bool:
    """Whether the cue at b:e has a body word as its subject or object (see _of_the_body)."""
    if category == "casualty":
        return False
    if _subject_before(words, b, _body_at):
        return True
    if joined(words[b:e]) in _WOUNDS:
        return False
    after = e + 1 if e < len(words) and words[e].lower in _BODY_LINKS else e
    return bool(_body_at(words, after))


def _subject_before(words: list[Word], b: int, length_at) -> bool:
    """Whether a word that `length_at` recognises (its length at a position, or 0) ends at most
    _BODY_REACH words before the cue at b, in the cue's comma part: the cue's subject."""
    for k in range(b - 1, max(-1, b - _BODY_REACH - 3), -1):
        if words[k].text in (",", ";", ":"):
            return False
        length = length_at(words, k)
        if length and k + length >= b - _BODY_REACH:
            return True
    return False


def _diet_at(words: list[Word], k: int) -> int:
    """The length of the diet (obstacle_diet_words.txt) at word k, or 0."""
    found = lexicon_trie("obstacle_diet_words.txt").match(words, k)
    return found[0] if found else 0


def _of_a_diet(words: list[Word], clause_cues: list) -> bool:
    """Whether every cue of the clause has a diet as its subject (obstacle_diet_words.txt: "chế
    độ dinh dưỡng không hợp lý", "chế độ ăn quá nhiều muối", "chế độ ăn uống chưa khoa học"): a
    cause of illness that health advice describes, not a difficulty the article reports. The
    clause's other cues may tell a body's state ("mỡ máu tăng cao do chế độ dinh dưỡng …")."""
    of_a_diet = [_subject_before(words, b, _diet_at) for b, _, _ in clause_cues]
    return any(of_a_diet) and all(d or _body_state(words, *cue) for d, cue in zip(of_a_diet, clause_cues))


def _unknown(words: list[Word], clause_cues: list) -> bool:
    """Whether every cue of the clause is a "chưa" that says something is not known, proven or
    found yet (obstacle_unknowns.txt: "chưa được biết rõ", "chưa có bằng chứng", "chưa có thuốc
    điều trị đặc hiệu", a mystery "chưa có lời giải đáp"; a "không thể" before a knowing verb too:
    "không thể lý giải"): the state of knowledge, not a difficulty the article reports."""
    unknowns = lexicon_trie("obstacle_unknowns.txt")
    return bool(clause_cues) and all(_unknowing(words, b) and unknowns.match(words, b + 1)
                                     for b, _, _ in clause_cues)


def _unknowing(words: list[Word], b: int) -> bool:
    """Whether the cue at b is a "chưa", or a "không" before "thể" ("không thể lý giải được"), that
    obstacle_unknowns.txt may follow: a "không" alone is a plain lack ("không biết chữ")."""
    if words[b].lower == "chưa":
        return True
    return words[b].lower == "không" and b + 1 < len(words) and words[b + 1].lower == "thể"


def medical(span_words: list[Word], clause_cues: list) -> str | None:
    """Why a clause with a cue tells medicine, not a difficulty (a body part's state, what is not
    known yet, a diet), or None: health advice, medical features and science news describe illnesses in
    general, and the annotators mark none of it (the twenty-first study set)."""
    if _of_the_body(span_words, clause_cues):
        return "a body's state: a symptom or how an illness works (obstacle_body_words.txt)"
    if _unknown(span_words, clause_cues):
        return "not known yet: the state of knowledge, not a difficulty (obstacle_unknowns.txt)"
    if _of_a_diet(span_words, clause_cues):
        return "a diet as a cause of illness, as health advice tells it (obstacle_diet_words.txt)"
    return None
