"""The 2025 reorganisation as dated aliases: old names of bodies and provinces → new ones."""

import json
from importlib import resources

import pytest

from newsmine.successors import ReorganisationError, read_renames, renames, successor


def test_merged_department_of_a_merged_province_takes_both_new_names():
    found = successor("Sở Tài nguyên và Môi trường tỉnh Hà Giang")
    assert found.name == "Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang"
    assert found.since == "2025-07-01"  # the later of the two renames
    assert "45/2025" in found.source and "202/2025" in found.source


def test_ministry_merged_into_another():
    assert successor("Bộ Kế hoạch và Đầu tư").name == "Bộ Tài chính"
    assert successor("Bộ Lao động - Thương binh và Xã hội").name == "Bộ Nội vụ"
    assert successor("Bộ Thông tin và Truyền thông").since == "2025-03-01"


def test_province_joining_a_city_takes_the_citys_level_and_committee_name():
    assert successor("Sở Y tế tỉnh Hải Dương").name == "Sở Y tế thành phố Hải Phòng"
    assert successor("Tỉnh ủy Hải Dương").name == "Thành ủy Hải Phòng"


def test_body_of_an_abolished_district_has_no_successor_of_its_kind():
    found = successor("Ủy ban nhân dân huyện Tuần Giáo")
    assert found.name is None and found.since == "2025-07-01"


def test_body_that_was_not_renamed_has_no_entry():
    assert successor("Sở Y tế tỉnh Lai Châu") is None
    assert successor("Ủy ban nhân dân xã Chà Tở") is None


def test_provinces_agree_with_the_address_gazetteer():
    mapping = json.loads(resources.files("underthesea").joinpath("address", "data", "mapping.json").read_text("utf-8"))
    old_names = {key: v["short"] for key, v in mapping["old_province_names"].items()}
    new_names = {key: v["short"] for key, v in mapping["province_names"].items()}
    expected = {old_names[o]: new_names[n] for o, n in mapping["province_mapping"].items() if o != n}
    # the merger of 1 July 2025; the gazetteer already names Thừa Thiên Huế by its 2025 name
    ours = {r.old: r.new for r in renames() if r.kind == "province" and r.valid_from == "2025-07-01"}
    assert ours == expected


def test_every_entry_has_dates_in_order_and_a_source():
    assert all(r.valid_to < r.valid_from and r.source for r in renames())


@pytest.mark.parametrize("line, reason", [
    ("body\tSở A\tSở B\t2025-02-28", "expected 6"),
    ("ministry\tSở A\tSở B\t2025-02-28\t2025-03-01\tnote", "KIND must be"),
    ("body\tSở A\tSở B\t2025-03-01\t2025-02-28\tnote", "VALID_TO and VALID_FROM"),
    ("province\tHà Giang\t\t2025-06-30\t2025-07-01\tnote", "needs the province"),
])
def test_a_malformed_line_names_file_line_and_reason(line, reason):
    with pytest.raises(ReorganisationError, match=rf"reorg.tsv:2: .*{reason}"):
        read_renames("# header\n" + line + "\n", "reorg.tsv")
