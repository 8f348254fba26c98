"""Sentences whose mood makes their clauses no report: a definition of a term, a hypothesis, a claim of
being the only one, a clause that calls what it tells a chance, a wh-question after "không biết"."""

from newsmine.facts.obstacles import obstacles_in_sentence


def found(text):
    return [o.text for o in obstacles_in_sentence(text, 0, len(text))]


def test_what_a_definition_says_of_its_term_is_no_obstacle():
    assert found("Lốc xoáy là hiện tượng thời tiết nguy hiểm, thường xuất hiện khi có sự chênh lệch "
                 "áp suất lớn giữa các vùng.") == []
    assert found("Mạng ẩn (còn gọi là web tối, web ngầm) là khái niệm chỉ các trang không được lập "
                 "chỉ mục và không thể truy cập bằng trình duyệt thông thường.") == []


def test_a_problem_named_as_the_term_or_pointed_back_to_stays():
    assert found("Sạt lở là hiện tượng thường xuyên xảy ra tại huyện miền núi này, gây thiệt hại lớn.") \
        == ["Sạt lở là hiện tượng thường xuyên xảy ra tại huyện miền núi này, gây thiệt hại lớn"]
    assert found("Đây là hiện tượng thiếu nước nghiêm trọng nhất từ trước đến nay.") \
        == ["Đây là hiện tượng thiếu nước nghiêm trọng nhất từ trước đến nay"]
    assert found("Khu vực ven biển chịu nhiều tác động của biến đổi khí hậu, đặc biệt là hiện tượng "
                 "xói lở bờ biển.") != []


def test_what_would_follow_a_condition_that_opens_the_sentence_is_no_obstacle():
    assert found("Nếu mưa lớn kéo dài, nhiều tuyến đường liên xã bị ngập sâu, học sinh có thể phải "
                 "nghỉ học.") == []


def test_a_condition_that_counts_or_contrasts_then_and_now_leaves_a_report():
    assert found("Nếu tính cả các khoản nợ đọng, huyện thiếu hơn 20 tỷ đồng để trả lương giáo viên.") \
        == ["huyện thiếu hơn 20 tỷ đồng để trả lương giáo viên"]
    assert found("Nếu như năm trước giá cà phê ổn định, thì năm nay giá giảm mạnh khiến nông dân "
                 "thua lỗ.") == ["thì năm nay giá giảm mạnh khiến nông dân thua lỗ"]
    assert found("Nếu năm ngoái đường còn thông thoáng, thì hiện nay tuyến đường xuống cấp nghiêm trọng, "
                 "xe tải sẽ khó đi.") != []


def test_a_claim_of_being_the_only_one_is_praise():
    # obstprec35: "chưa … nào" and a verb of having that ends its clause or takes "điều đó"
    assert found("Du khách được tận hưởng dịch vụ nghỉ dưỡng ngay tại khu phức hợp - điều mà chưa nơi nào "
                 "trong tỉnh có được.") == []
    assert found("Họ vô địch ba mùa liên tiếp, chưa đội bóng nào trong giải làm được điều đó.") == []
    # with an object of its own, "chưa có ai" or a passive, it tells a lack
    assert len(found("Toàn huyện chưa xã nào có được trạm y tế đạt chuẩn.")) == 1
    assert len(found("Ở địa phương chưa có ai nuôi nên anh không biết hỏi ai.")) == 1
    assert len(found("Đến nay chưa hộ nào được bồi thường.")) == 1


def test_a_clause_that_calls_what_it_tells_a_chance_is_good_news():
    # obstprec37: "là (một) cơ hội", the cue before it or in whom the chance is for
    assert found("Giá phân bón giảm mạnh trong tháng này cũng là cơ hội để nông dân trong xã mua dự trữ.") == []
    assert found("Đợt hạ giá lần này là cơ hội cho những hộ trước đây chưa đủ tiền mua máy cày.") == []
    assert found("Với các hợp tác xã chưa có kinh nghiệm xuất khẩu, đây là một cơ hội để học hỏi.") == []
    # a negator before "là" keeps the report
    assert len(found("Nhiều hộ vẫn thiếu vốn sản xuất, hội chợ năm nay không còn là cơ hội cho họ.")) == 1


def test_a_wh_question_after_khong_biet_wonders_and_reports_nothing():
    # obstprec37: "không biết", a clause of its own, then "bao giờ/ở đâu/thế nào"
    assert found("Theo ông, thủ tục mất sáu tháng, nhưng tôi không biết hồ sơ được nộp từ bao giờ.") == []
    assert found("Đã nhiều năm bà cụ không biết con trai mình đang làm thuê ở đâu.") == []
    # not knowing how to act stays a difficulty
    assert len(found("Nhiều hộ nuôi tôm hoang mang không biết làm thế nào để trả nợ ngân hàng.")) == 1


def test_a_breach_named_by_no_act_is_no_obstacle():
    assert found("Hiện Công an huyện đang tiếp tục xác minh, làm rõ hành vi vi phạm, đồng thời xử lý "
                 "các đối tượng liên quan theo quy định.") == []
    assert found("Theo Sở Công Thương tỉnh, đây là hành vi vi phạm pháp luật.") == []
    assert found("Đối với các hợp tác xã vi phạm, mức phạt có thể tăng lên gấp đôi.") == []


def test_a_breach_with_its_act_or_its_number_stays():
    assert found("Công ty chế biến thủy sản đã vi phạm quy định về xả thải ra kênh thủy lợi.") \
        == ["Công ty chế biến thủy sản đã vi phạm quy định về xả thải ra kênh thủy lợi"]
    assert found("Thanh tra tỉnh chỉ ra hàng loạt dự án khai thác đất san lấp có rất nhiều sai phạm.") != []
    assert found("Luật sư cho biết nội dung tờ rơi quảng cáo thuốc trên có nhiều dấu hiệu vi phạm pháp luật.") != []
