"""Obstacles said without a general cue word: a means that is lacking ("không có kinh phí")."""

from newsmine.facts import extract_facts
from newsmine.facts.obstacles import obstacles_in_sentence


def found(text):
    return [(o.text, o.category) for o in obstacles_in_sentence(text, 0, len(text))]


def test_a_means_that_is_lacking_is_an_obstacle_of_its_kind():
    assert found("Hiện huyện không có kinh phí để sửa chữa 12 phòng học đã xuống cấp.") \
        == [("huyện không có kinh phí để sửa chữa 12 phòng học đã xuống cấp", "funding")]
    assert found("Trong khi đó, xã không có nhiều cơ sở thu mua, sơ chế nông sản cho bà con.") \
        == [("xã không có nhiều cơ sở thu mua, sơ chế nông sản cho bà con", "infrastructure")]
    assert found("Hồ sơ dự án không có tài liệu chứng minh nguồn gốc đất.") \
        == [("Hồ sơ dự án không có tài liệu chứng minh nguồn gốc đất", "legal")]
    assert found("Nhiều trạm y tế xã không có đủ bác sĩ trực đêm.") \
        == [("Nhiều trạm y tế xã không có đủ bác sĩ trực đêm", "human_resources")]


def test_the_rule_names_the_lexicon_of_means():
    text = "Năm nay, hợp tác xã không có doanh nghiệp đứng ra bao tiêu sản phẩm."
    facts = extract_facts(text, province="Bình Định").obstacles
    assert [o.rule.split(";")[0] for o in facts] == ["obstacle_lack_objects.tsv: không có doanh nghiệp"]


def test_having_none_of_a_harm_or_of_a_past_is_no_lack():
    assert found("Vụ cháy không có thiệt hại về người.") == []
    assert found("Bệnh nhân không có tiền sử bệnh nền, sức khỏe đã ổn định.") == []
    assert found("Nếu không có giấy phép thì cơ sở không được hoạt động.") == []
    assert found("Đơn vị không có kế hoạch tăng giá vé trong dịp lễ.") == []



def test_papers_marks_and_land_the_law_requires_are_means_that_can_lack():
    assert found("Nhiều xe khách chạy tuyến này không có biển hiệu, logo của nhà xe theo quy định.") \
        == [("Nhiều xe khách chạy tuyến này không có biển hiệu, logo của nhà xe theo quy định", "legal")]
    assert found("Cơ sở chế biến nông sản không có đăng ký kinh doanh.") \
        == [("Cơ sở chế biến nông sản không có đăng ký kinh doanh", "legal")]
    assert found("Toàn huyện còn 15 hộ nghèo không có đất ở.") \
        == [("Toàn huyện còn 15 hộ nghèo không có đất ở", "legal")]
    # the sport idiom holds no "đất ở"
    assert found("Tiền vệ này không có đất dụng võ ở câu lạc bộ mới.") == []
