"""Obstacles: calls to act, prohibitions, indirect questions and play in a match name a problem
without reporting one (GOLD.md: "never a heading, a plan or a directive")."""

from newsmine.facts.obstacles import obstacles_in_sentence


def items(text):
    return [o.text for o in obstacles_in_sentence(text, 0, len(text))]


def test_a_firm_order_to_handle_cases_is_a_task():
    assert items("Huyện đã lập các tổ kiểm tra; cương quyết xử lý các trường hợp vi phạm, không để "
                 "ảnh hưởng đến công tác phòng dịch.") == []
    assert items("Xã kiên quyết xử lý các trường hợp lấn chiếm vỉa hè.") == []


def test_handled_cases_counted_stay_a_report():
    assert len(items("Đoàn kiểm tra phát hiện 12 trường hợp vi phạm quy định về an toàn thực phẩm.")) == 1


def test_an_absolute_prohibition_is_no_report():
    assert items("Các trạm y tế trực 24/24 giờ, tuyệt đối không được lơ là, chủ quan trong dịp nghỉ lễ.") == []
    assert len(items("Tại một số chốt, lực lượng trực còn lơ là, chủ quan.")) == 1


def test_what_a_campaign_fights_is_no_report():
    assert items("Cán bộ phải gương mẫu, kiên quyết đấu tranh chống tham nhũng, lãng phí, mọi biểu "
                 "hiện quan liêu, cửa quyền và các hành vi vi phạm pháp luật khác.") == []


def test_residents_asked_to_restrict_is_advice_and_a_rare_use_a_report():
    assert items("Người dân hạn chế đến nơi đông người, các địa điểm vui chơi để phòng dịch.") == []
    assert len(items("Người dân còn hạn chế sử dụng dịch vụ công trực tuyến.")) == 1


def test_a_clause_ending_on_gì_asks():
    assert items("Ông K. hỏi lại cán bộ trực chốt mình vi phạm lỗi gì.") == []
    assert len(items("Ông K. vi phạm lỗi không đội mũ bảo hiểm khi đi xe máy.")) == 1


def test_a_contest_for_the_ball_is_play():
    assert items("Những pha tranh chấp bóng trên không diễn ra rất quyết liệt.") == []
    assert len(items("Hai hộ dân tranh chấp đất đai kéo dài nhiều năm.")) == 1


def test_a_gì_in_a_later_part_asks_nothing_of_the_cue():
    assert len(items("Tin đồn sai lệch ảnh hưởng đến việc buôn bán của chúng tôi, nhưng đi kiện cũng "
                     "chẳng được gì.")) == 1



def test_a_sentence_opened_by_cần_recommends_and_a_place_named_cần_reports():
    assert items("Cần xác định việc chở hàng quá tải trọng là hành vi vi phạm nghiêm trọng.") == []
    assert len(items("Cần Giờ thiếu nước ngọt vào mùa khô.")) == 1


def test_readiness_for_an_outbreak_is_a_plan():
    assert items("Trung tâm y tế huyện chuẩn bị phương án sẵn sàng cách ly khi dịch bệnh xuất hiện.") == []
    assert len(items("Người dân sẵn sàng hiến đất nhưng dự án vẫn chậm tiến độ.")) == 1


def test_a_directive_word_inside_a_body_s_name_governs_nothing():
    assert len(items("Theo báo cáo của Ban Chỉ đạo Trung ương, mưa lớn kéo dài đã gây sạt lở nhiều "
                     "tuyến đường ở các huyện miền núi.")) == 1
    assert items("Tỉnh chỉ đạo khắc phục tình trạng sạt lở trên các tuyến đường miền núi.") == []



def test_which_ever_before_cung_is_every_not_none():
    # "X nào cũng …" says every X suffers it, no negation; "X nào cũng không …" says no X does
    assert items("Tiểu thương cho biết năm nay mặt hàng nào cũng bán chậm, sức mua giảm rõ.") == [
        "năm nay mặt hàng nào cũng bán chậm", "sức mua giảm rõ"]
    assert items("Mấy năm nay, lúc nào cũng thiếu giáo viên dạy tiếng Anh ở các điểm trường vùng cao.") == [
        "lúc nào cũng thiếu giáo viên dạy tiếng Anh ở các điểm trường vùng cao"]
    assert items("Theo quy định, cơ sở nào cũng không được xả thải chưa qua xử lý ra kênh mương.") == []
    assert items("Năm nay, doanh nghiệp nào cũng không gặp khó khăn về vốn.") == []


def test_a_forecasts_reason_is_told_as_now():
    # "sẽ" makes what follows it a forecast; the reason given after "do/vì/bởi vì" is a fact of now
    assert items("Giá phân bón từ nay đến cuối vụ sẽ còn tăng bởi vì nguồn cung vẫn chưa kịp phục "
                 "hồi sau mưa lũ.") == ["nguồn cung vẫn chưa kịp phục hồi sau mưa lũ"]
    assert items("Nhà máy sẽ cắt giảm sản lượng trong quý tới do sức mua ngày càng yếu khiến hàng "
                 "tồn kho tăng cao.") == ["sức mua ngày càng yếu khiến hàng tồn kho tăng cao"]
    # the forecast alone and "sẽ do" of who pays stay unreported
    assert items("Giá lúa sẽ còn giảm trong tháng tới.") == []
    assert items("Chi phí tháo dỡ công trình sẽ do các hộ lấn chiếm vi phạm tự chi trả.") == []
