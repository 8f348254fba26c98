"""The fixed rule that chose the articles of annotated.jsonl (re-run it to check the choice):

    python corpus/gold-offsets/select_articles.py ../shared baomoi-2025.jsonl 12
    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 13

and of fresh.jsonl (the next 20 of the same list, positions 14 to 33):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 33 | tail -n 20

and of study.jsonl (the 20 after those, positions 34 to 53):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 53 | tail -n 20

and of study2.jsonl (the 25 after those, positions 54 to 78):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 78 | tail -n 25

and of study3.jsonl (baomoi-2025 with bodies up to 5,999 characters, an optional fourth argument,
the maximum body length, 3000 by default; the first 15 that annotated.jsonl does not hold):

    python corpus/gold-offsets/select_articles.py ../shared baomoi-2025.jsonl 200 6000 \
        | grep -vxFf <(grep -o '"id":"[^"]*"' corpus/gold-offsets/annotated.jsonl | cut -d'"' -f4) | head -n 15

and of study4.jsonl (positions 79 to 98 asked for; the rule yields only 87 dantri articles, so
first the last 9, positions 79 to 87, then, as for study3, the first of the articles that bodies up
to 5,999 characters add, in file order, that no earlier set holds):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 98 | tail -n +79 > short
    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4; cat short) | head -n 11

and of study5.jsonl (the next 20 of that same list, its 12th to 31st):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4; cat short) | head -n 31 | tail -n 20

and of study6.jsonl (the next 20 of that same list, its 32nd to 51st; none is in an earlier set or
in a shared gold set):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4; cat short) | head -n 51 | tail -n 20

and of study8.jsonl (the next 20 of study6's list, its 52nd to 71st; none is in an earlier set or
in /work/scratch/gold_overlap_ids.txt):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4; cat short) | head -n 71 | tail -n 20

and of study9.jsonl (the rest of that list, its 72nd to 82nd, where it ends; then, loosened by `either`
as study7 below, bodies of 500 to 5,999 characters, the first 9 that no earlier set and none of those 11 hold):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4; cat short) | tail -n +72 > rest
    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2,study4,study5,study6,study8}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4; cat rest) | head -n 9

and of study7.jsonl (baomoi-2025 again: the rule above is exhausted there, every article it yields
with bodies up to 5,999 characters being in annotated or study3, so it was loosened by its two
optional last arguments: bodies of at least 800 characters, and (2) or (3) below instead of both;
then the first 20 that no earlier set holds):

    python corpus/gold-offsets/select_articles.py ../shared baomoi-2025.jsonl 1000 6000 800 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,study3}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) | head -n 20

and of study10.jsonl (baomoi-2025 once more, the rule loosened as for study7 but from 500 characters:
the first 20 that no earlier baomoi set holds; /work/scratch/gold_overlap_ids.txt removes none more):

    python corpus/gold-offsets/select_articles.py ../shared baomoi-2025.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,study3,study7}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) | head -n 20

and of study11.jsonl (the next 20 of that same list, its 21st to 40th; no earlier set and no id of
/work/scratch/gold_overlap_ids.txt holds any of them, so none was skipped):

    python corpus/gold-offsets/select_articles.py ../shared baomoi-2025.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,study3,study7}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) | head -n 40 | tail -n 20

and of study12.jsonl (the 41st to 60th of that list asked for; it ends at the 44th, so its 41st to
44th, then, in unc-dantri-2020 by study9's loosened rule, the first 16 that no earlier set holds,
i.e. the 16 after study9's 9; /work/scratch/gold_overlap_ids.txt removes none of either):

    python corpus/gold-offsets/select_articles.py ../shared baomoi-2025.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,study3,study7}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) | tail -n +41
    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2,study4,study5,study6,study8,study9}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) | head -n 16

and of study13.jsonl (that same dantri list continued: the first 20 that no earlier set holds, i.e. the 20
after study12's last; /work/scratch/gold_overlap_ids.txt removes none):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2,study4,study5,study6,study8,study9,study12}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) | head -n 20

and of study14.jsonl (that same dantri list continued: the first 20 that no earlier set holds, i.e. the 20
after study13's last; /work/scratch/gold_overlap_ids.txt removes none):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2,study4,study5,study6,study8,study9,study12,study13}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) | head -n 20

and of study15.jsonl (that same dantri list continued: the first 20 that no earlier set holds, i.e. the 20
after study14's last; /work/scratch/gold_overlap_ids.txt removes none):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2,study4,study5,study6,study8,study9,study12,study13,study14}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) | head -n 20

and of study16.jsonl (the same dantri list, now only its society section: the first 20 ids starting
news_society_ that no earlier set holds; /work/scratch/gold_overlap_ids.txt removed none):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2,study4,study5,study6,study8,study9,study12,study13,study14,study15}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) | grep news_society_ | head -n 20

and of study17.jsonl (the next 20 of that society list, i.e. the same command with study16 excluded too;
/work/scratch/gold_overlap_ids.txt removed none):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2,study4,study5,study6,study8,study9,study12,study13,study14,study15,study16}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) | grep news_society_ | head -n 20

and of study18.jsonl (the next 20 of that society list: the same command with study17 excluded too):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2,study4,study5,study6,study8,study9,study12,study13,study14,study15,study16,study17}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) | grep news_society_ | head -n 20

and of study19.jsonl (the same command with study18 excluded too yields only 11 society articles, the
section's last; then the first 9 business articles of that list):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2,study4,study5,study6,study8,study9,study12,study13,study14,study15,study16,study17,study18}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) > list
    (grep news_society_ list; grep news_business_ list | head -n 9)

and of study20.jsonl (the same command with study19 excluded too: the first 20 business articles of
that list, none of the society section being left):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2,study4,study5,study6,study8,study9,study12,study13,study14,study15,study16,study17,study18,study19}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) | grep news_business_ | head -n 20

and of study21.jsonl (the same command with study20 excluded too: the first 20 health articles of
that list; a new section, the business one having 21 left, so that the unseen sets do not all share
one section's style):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2,study4,study5,study6,study8,study9,study12,study13,study14,study15,study16,study17,study18,study19,study20}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) | grep news_health_ | head -n 20

and of study22.jsonl (the same command with study21 excluded too: the first 10 education articles of
that list, then its first 10 travel articles; two more sections the real team's gold holds, so that
the unseen sets cover more of its styles):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2,study4,study5,study6,study8,study9,study12,study13,study14,study15,study16,study17,study18,study19,study20,study21}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) > list
    (grep news_education_ list | head -n 10; grep news_travel_ list | head -n 10)

and of study23.jsonl (the same command with study22 excluded too: the first 7 education articles of
that list, those up to news_education_030 (a round of the stop before read newsmine's output on the
education articles after it, so those are no longer unseen), then its first 13 business articles):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2,study4,study5,study6,study8,study9,study12,study13,study14,study15,study16,study17,study18,study19,study20,study21,study22}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) > list
    (grep news_education_ list | head -n 7; grep news_business_ list | head -n 13)

and of study24.jsonl (the same command with study23 excluded too: the first 12 tech articles of that
list, a section no set held and no round had read, then the business section's last 8):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,fresh,study,study2,study4,study5,study6,study8,study9,study12,study13,study14,study15,study16,study17,study18,study19,study20,study21,study22,study23}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) > list
    (grep news_tech_ list | head -n 12; grep news_business_ list | head -n 8)

and of study25.jsonl (baomoi-2025 once more: the rule loosened by "either" yields nothing there that
no earlier set holds, so loosened to "any", neither (2) nor (3) below needed; the first 20 that no
earlier baomoi set holds):

    python corpus/gold-offsets/select_articles.py ../shared baomoi-2025.jsonl 1000 6000 500 any \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,study3,study7,study10,study11,study12}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) | head -n 20

and of study26.jsonl (the next 20 of that same list, its 21st to 40th; the list ends at its 41st):

    python corpus/gold-offsets/select_articles.py ../shared baomoi-2025.jsonl 1000 6000 500 any \
        | grep -vxFf <(cat corpus/gold-offsets/{annotated,study3,study7,study10,study11,study12}.jsonl \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) | head -n 40 | tail -n 20

and of study27.jsonl (the same command as study24's with every earlier set excluded: the
first 10 world articles of that list, then its first 10 sport ones, two sections no set held):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(ls corpus/gold-offsets/*.jsonl | grep -v study27 | xargs cat \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) > list
    (grep news_world_ list | head -n 10; grep news_sport_ list | head -n 10)

and of study28.jsonl (the same list with study27 excluded too: its first 10 health articles that no
set holds, then its first 10 education ones, two sections earlier sets had taken only a few of):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(ls corpus/gold-offsets/*.jsonl | grep -v study28 | xargs cat \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) > list
    (grep news_health_ list | head -n 10; grep news_education_ list | head -n 10)

and of study29.jsonl (the same list with study28 excluded too: its first 10 technology articles
that no set holds, then its first 10 travel ones):

    python corpus/gold-offsets/select_articles.py ../shared unc-dantri-2020.jsonl 1000 6000 500 either \
        | grep -vxFf <(ls corpus/gold-offsets/*.jsonl | grep -v study29 | xargs cat \
                       | grep -o '"id":"[^"]*"' | cut -d'"' -f4) > list
    (grep news_tech_ list | head -n 10; grep news_travel_ list | head -n 10)

In file order, an article is taken when (1) its body is 500 to 2,999 characters long (or between
the minimum and the maximum given), (2) its
title or body names a local-government body (ADMIN, case-sensitive), (3) it has a topic word of
administration, economy, disasters or infrastructure (TOPIC, whole words), (4) it is not already
in a shared gold set (a 60-character window taken every 300 characters of its body is found in
dev, real-train or real-check: only the texts' overlap is computed, none is shown), and (5) its
title shares under 20 % of its words (Jaccard) with every title taken before (no second report of
one event). The first N taken are kept. With "either" as the sixth argument, (2) or (3) suffices;
with "any", neither is needed."""

import json
import re
import sys
import unicodedata

ADMIN = ("UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân", "HĐND", "Hội đồng nhân dân", "Sở ", "Tỉnh ủy",
         "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Công an tỉnh", "Ban Quản lý")
TOPIC = re.compile(r"\b(kinh tế|dự án|tỷ đồng|hạ tầng|doanh nghiệp|ngân sách|mưa lớn|lũ|cháy|thiệt hại|"
                   r"giao thông|chính quyền|sáp nhập|đầu tư|sản xuất)\b", re.IGNORECASE)
GOLD_SETS = ("dev", "real-train", "real-check")


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def title_words(title: str) -> set[str]:
    return set(re.findall(r"\w+", title.lower()))


def gold_texts(shared: str) -> str:
    texts = []
    for name in GOLD_SETS:
        with open(f"{shared}/gold/{name}.jsonl", encoding="utf-8") as lines:
            texts += [normal(json.loads(line).get("text") or "") for line in lines]
    return "\n".join(texts)


def in_gold(text: str, gold: str) -> bool:
    text = normal(text)
    return any(text[i:i + 60] in gold for i in range(0, max(1, len(text) - 60), 300))


def similar(a: str, b: str) -> bool:
    a, b = title_words(a), title_words(b)
    return len(a & b) / len(a | b) >= 0.2


def select(path: str, count: int, gold: str, longest: int = 3000, shortest: int = 500,
           either: bool = False, any_topic: bool = False) -> list[dict]:
    chosen = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            full = normal(article["title"]) + "\n" + normal(article["text"])
            if not shortest <= len(article["text"]) < longest:
                continue
            admin, topic = any(word in full for word in ADMIN), bool(TOPIC.search(full))
            if not any_topic and not (admin or topic if either else admin and topic):
                continue
            if in_gold(article["text"], gold) or any(similar(article["title"], c["title"]) for c in chosen):
                continue
            chosen.append(article)
            if len(chosen) == count:
                break
    return chosen


if __name__ == "__main__":
    shared, corpus, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    longest = int(sys.argv[4]) if len(sys.argv) > 4 else 3000
    shortest = int(sys.argv[5]) if len(sys.argv) > 5 else 500
    either, any_topic = (len(sys.argv) > 6 and sys.argv[6] == word for word in ("either", "any"))
    for article in select(f"{shared}/corpora/{corpus}", count, gold_texts(shared), longest, shortest, either,
                          any_topic):
        print(article["id"])
