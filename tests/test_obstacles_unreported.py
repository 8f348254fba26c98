"""Obstacles: cue words that report no difficulty in GOLD.md's sense (a star's troubles in show
business, advice spoken to the reader, the thinness of a thing, wonder and disbelief)."""

from newsmine.facts import extract_facts
from newsmine.facts.obstacles import obstacles_in_sentence


def found(text):
    return [(o.text, o.category) for o in obstacles_in_sentence(text, 0, len(text))]


STAR = (
    "Nữ diễn viên Hoàng Thu Lam hé lộ quãng thời gian khó khăn\n\n"
    "Nữ diễn viên Hoàng Thu Lam vừa chia sẻ về những năm tháng vất vả khi mới vào nghề. "
    "Cô từng bị chê diễn xuất thiếu chiều sâu trong bộ phim đầu tay. "
    "Khi đó, người đẹp sinh năm 1990 phải đối mặt với áp lực tài chính vì chưa có vai diễn lớn. "
    "Cuộc hôn nhân đầu tiên của cô cũng đổ vỡ sau hai năm chung sống. "
    "Hiện nữ diễn viên sống cùng con gái tại một căn hộ ở quận 7. "
    "Người hâm mộ mong cô sớm trở lại màn ảnh."
)

FESTIVAL = (
    "Lễ hội hoa ban bị hoãn vì mưa lớn\n\n"
    "UBND huyện Điện Biên Đông cho biết, mưa lớn kéo dài khiến tuyến đường vào bản Na Son bị sạt "
    "lở nghiêm trọng. Nhiều hộ dân thiếu nước sinh hoạt do đường ống bị cuốn trôi. "
    "Đêm nhạc với sự tham gia của ca sĩ Minh Hằng được lùi sang tháng sau. "
    "Huyện đang huy động lực lượng khắc phục hậu quả. "
    "Kinh phí sửa chữa đường còn thiếu khoảng 2 tỷ đồng."
)


def test_a_stars_troubles_are_no_obstacles():
    assert extract_facts(STAR).obstacles == []


def test_a_singer_named_once_leaves_the_provinces_troubles():
    texts = [o.text for o in extract_facts(FESTIVAL).obstacles]
    assert any("sạt" in t for t in texts)
    assert any("thiếu nước" in t for t in texts)


def items(text):
    return [o.text for o in obstacles_in_sentence(text, 0, len(text))]


def test_advice_spoken_to_the_reader_is_no_obstacle():
    assert items("Nếu bạn thường xuyên thức khuya, làn da sẽ bị khô và thiếu sức sống.") == []
    assert items("Khi bạn cảm thấy áp lực công việc quá lớn, hãy nghỉ ngơi vài phút.") == []
    assert items("Điện thoại của bạn hoạt động chậm chạp sau một thời gian sử dụng.") == []


def test_friends_and_young_people_named_bạn_are_still_reported():
    assert len(items("Nhiều bạn trẻ ra đường còn thiếu ý thức đeo khẩu trang.")) == 1
    assert len(items("Các bạn sinh viên ở ký túc xá thiếu chỗ học nhóm.")) == 1
    assert len(items("Em bị nhóm bạn xấu lôi kéo nên bỏ học giữa chừng.")) == 1


def test_a_partner_called_bạn_is_no_reader():
    assert len(items("Xuất khẩu qua cửa khẩu còn phụ thuộc vào chính sách của phía bạn.")) == 1
    assert len(items("Xe chở nông sản phải chờ lâu vì lực lượng bạn thiếu nhân viên kiểm dịch.")) == 1


def test_thin_is_a_shortfall_only_of_staff_or_margin():
    assert len(items("Lực lượng kiểm lâm của huyện còn mỏng, mỗi người giữ hơn 1.000 ha rừng.")) == 1
    assert len(items("Biên lợi nhuận gộp của hợp tác xã rất mỏng, chỉ khoảng 2%.")) == 1
    assert items("Lớp bánh tráng mỏng và dai, ăn kèm rau rừng Tây Bắc.") == []
    assert items("Vùng da quanh mắt khá mỏng nên cần được chăm sóc kỹ.") == []
    # a holder past a comma holds nothing: the thin thing is another
    assert items("Cán bộ xã hướng dẫn bà con, cắt lát mỏng củ gừng để phơi.") == []


def test_wonder_and_disbelief_are_no_inability():
    assert items("Bà Lan không thể ngờ ngôi nhà mới được xây xong chỉ trong một tháng.") == []
    assert items("Chính quyền xã không thể làm ngơ trước lời kêu cứu của bà con.") == []
    assert items("Các nhà khoa học vẫn không thể giải thích được hiện tượng này.") == []
    assert len(items("Nhiều hộ dân không thể bán được cà phê vì thương lái ngừng thu mua.")) == 1


def test_a_world_in_flux_is_a_backdrop_and_a_price_swing_a_difficulty():
    assert items("Sinh viên phải thích nghi với một thế giới kinh doanh không ngừng biến động.") == []
    assert items("Ông Minh kể lại những năm tháng đầy biến động của làng chài.") == []
    assert len(items("Giá phân bón biến động mạnh khiến nông dân thua lỗ.")) == 1


def test_a_time_of_difficulty_dates_what_the_clause_says():
    assert found("Ngành nông nghiệp tỉnh vẫn tăng trưởng ổn định trong cả thời kỳ khó khăn hiện nay.") == []
    assert found("Ông thừa nhận đó là khoảng thời gian khó khăn đối với gia đình.") == []
    assert found("Hợp tác xã đang trong thời điểm hạn chế tụ tập đông người.") == []
    # a difficulty of its own beside the time still counts
    assert found("Trong giai đoạn khó khăn này, nhiều doanh nghiệp thiếu vốn lưu động.") \
        == [("nhiều doanh nghiệp thiếu vốn lưu động", "funding")]


def test_a_passive_inability_tells_a_things_nature():
    assert found("Tên giống lúa là tên gọi chung nên không thể được đăng ký bảo hộ nhãn hiệu.") == []
    assert found("Những hang động này không thể được tìm thấy bằng bản đồ thông thường.") == []
    # a party that cannot act is still reported
    assert found("Nhiều doanh nghiệp không thể thông quan hàng hóa vì thiếu giấy chứng nhận.") != []


def test_a_worry_reports_nothing_but_a_fact_judged_worrying_does():
    # obstprec12: a worry is a risk that has not happened (optional in GOLD.md)
    assert found("Đoạn clip được chia sẻ nhanh trên mạng xã hội khiến nhiều phụ huynh lo ngại.") == []
    assert found("Các chuyên gia kinh tế bày tỏ lo ngại sâu sắc về giá phân bón.") == []
    assert found("Lo ngại học sinh quên kiến thức, nhà trường tổ chức ôn tập trong hè.") == []
    # the fact a speaker judges worrying is reported, and a second cue still counts
    assert found("Đáng lo ngại là nhiều học sinh bỏ học để đi làm thuê.") \
        == [("Đáng lo ngại là nhiều học sinh bỏ học để đi làm thuê", "awareness")]
    assert found("Nông dân lo ngại vì giá phân bón tăng cao.") != []
    assert found("Việc này không đáng lo ngại.") == []


def test_a_modal_after_the_cue_foretells_or_allows_and_reports_nothing():
    # obstprec12: "sẽ" or "có thể" after the cue (GOLD.md: what has not happened is optional)
    assert found("Học sinh chưa đạt chuẩn tiếng Anh sẽ được học bổ sung trong hè.") == []
    assert found("Các hợp tác xã nhỏ lẻ có thể liên kết để cùng tiêu thụ nông sản.") == []
    # a contrast before the modal, a consequence after it, or "khó có thể" leave a report
    assert len(found("Công ty gặp khó khăn về vốn nhưng vẫn có thể trả lương cho công nhân.")) == 1
    assert len(found("Số ca mắc sốt xuất huyết tăng cao có thể khiến bệnh viện quá tải.")) == 1
    assert len(found("Lực lượng chức năng rất khó có thể kiểm soát hết các đường mòn.")) == 1


def test_the_state_of_a_body_part_is_a_symptom_not_an_obstacle():
    for text in ("Khi gan bị nhiễm mỡ kéo dài, men gan tăng cao và chức năng gan suy giảm dần.",
                 "Người bệnh thường mệt mỏi, thiếu máu và ăn uống kém.",
                 "Thói quen ăn mặn, ít vận động khiến tim quá tải.",
                 "Ở trẻ sơ sinh, hệ miễn dịch của cơ thể còn yếu.",
                 "Chất béo bão hòa dễ gây tắc nghẽn mạch máu ở người cao tuổi.",
                 "Sau ca phẫu thuật, vết mổ chậm liền và bệnh nhân không thể đi tiểu.",
                 "Ở giai đoạn đầu, triệu chứng thường không rõ ràng nên người bệnh dễ bỏ qua."):
        assert found(text) == [], text


def test_a_symptom_named_by_a_bodily_function_is_no_obstacle():
    for text in ("Ông nhập viện sau khi sụt cân đột ngột và đau âm ỉ vùng bụng.",
                 "Khi ngủ, bệnh nhân có nhịp thở chậm và ngáy to.",
                 "Sau mũi tiêm thứ hai, một số người bị phát ban chậm ở cánh tay.",
                 "Người bệnh luôn có cảm giác vướng ở cổ họng khi nuốt."):
        assert found(text) == [], text
    # a hospital without ventilators lacks a machine, not a breath
    assert found("Bệnh viện huyện có đủ giường nhưng không có máy thở cho bệnh nhân nặng.")


def test_a_low_rate_of_illness_is_good_news_not_an_obstacle():
    for text in ("Nhóm ăn nhiều rau xanh có tỷ lệ mắc bệnh tim mạch thấp hơn hẳn.",
                 "Trẻ được can thiệp càng sớm thì tỷ lệ di chứng càng thấp.",
                 "Tỉnh này có tỷ lệ béo phì ở trẻ em thấp nhất khu vực."):
        assert found(text) == [], text
    # a low rate of what should be high stays a shortcoming
    assert found("Tỷ lệ phát hiện sớm bệnh ung thư dạ dày ở nước ta còn thấp.")


def test_a_diet_told_as_a_cause_of_illness_is_no_obstacle():
    for text in ("Theo bác sĩ, chế độ ăn quá nhiều muối dễ dẫn tới tăng huyết áp.",
                 "Mỡ máu tăng cao thường do chế độ dinh dưỡng hằng ngày không hợp lý.",
                 "Người có chế độ ăn uống thiếu khoa học dễ mắc bệnh dạ dày."):
        assert found(text) == [], text
    # the meals of a boarding school that lacks money are a reported shortcoming
    assert found("Chế độ ăn của học sinh bán trú ở xã vùng cao còn thiếu thốn vì kinh phí hạn hẹp.")


def test_a_body_word_in_a_name_or_a_disease_leaves_the_report():
    assert found("Bệnh viện Phổi tỉnh đang quá tải vì số bệnh nhân tăng cao.")
    assert found("Từ đầu tháng 4, số ca viêm não ở huyện miền núi tăng cao bất thường.")
    assert found("Nạn nhân bị mất máu nhiều do bị đâm vào vùng bụng.")
    assert found("Khoảng 40 người có biểu hiện ngộ độc sau khi ăn cỗ cưới.")


def test_what_is_not_known_yet_is_no_obstacle():
    for text in ("Đến nay các nhà khoa học vẫn chưa biết rõ cơ chế gây bệnh.",
                 "Bệnh tay chân miệng hiện chưa có thuốc điều trị đặc hiệu.",
                 "Cơ quan y tế cho biết chưa có bằng chứng nào về việc virus lây qua thực phẩm."):
        assert found(text) == [], text
    assert found("Nhiều hộ dân trong xã chưa biết cách làm hồ sơ vay vốn.")


def test_a_mystery_science_cannot_explain_yet_is_no_obstacle():
    for text in ("Đến nay hiện tượng ánh sáng lạ trên núi vẫn là bí ẩn chưa có lời giải đáp.",
                 "Các nhà khảo cổ vẫn chưa thể làm sáng tỏ ý nghĩa của những hình vẽ trong hang.",
                 "Người ta không thể lý giải được vì sao chiếc thuyền trôi ngược dòng.",
                 "Nhiều loài côn trùng trong khu rừng nguyên sinh vẫn chưa được khám phá."):
        assert found(text) == [], text
    assert found("Ông chưa thể giải thích được nguồn gốc số tiền lớn trong tài khoản.")


def test_a_finding_of_research_is_no_obstacle():
    for text in (("Nghiên cứu trên 2.000 người trưởng thành cho thấy người hút thuốc có nguy cơ đột "
                  "quỵ cao hơn, tỷ lệ hồi phục thấp hơn nhóm không hút."),
                 "Các nhà khoa học phát hiện ra rằng chuột thiếu ngủ không thể ghi nhớ đường đi.",
                 ("Một nhóm nghiên cứu của Nhật Bản kết luận việc uống quá nhiều nước ngọt làm tăng "
                  "nguy cơ tiểu đường.")):
        assert found(text) == [], text
    # a study of a file, a firm's finding and an institute's name leave what was found a report
    assert found("Qua nghiên cứu hồ sơ, cơ quan điều tra phát hiện công ty có nhiều sai phạm.")
    assert found("Hãng nghiên cứu bảo mật cho biết đã phát hiện nhiều trang web bán giấy xét "
                 "nghiệm giả không rõ nguồn gốc.")
    assert found("Viện Nghiên cứu Quản lý Kinh tế khẳng định thủ tục đầu tư còn rườm rà.")


def test_a_patients_weak_health_is_a_symptom():
    for text in ("Đến đêm, sản phụ đau bụng nhiều và sức khỏe yếu dần.",
                 "Ông nhập viện trong tình trạng sức khỏe suy yếu, ăn uống kém."):
        assert found(text) == [], text


ADVICE = (
    "Những thói quen ăn uống khiến dạ dày yếu đi\n\n"
    "Ăn quá nhanh có thể gây khó khăn cho việc tiêu hóa thức ăn. "
    "Khi bị viêm dạ dày, người bệnh thường thiếu ngủ và mệt mỏi kéo dài. "
    "Đồ chiên rán chứa nhiều dầu mỡ, gây áp lực cho gan và làm suy giảm chức năng tiêu hóa. "
    "Nhiều người có thói quen bỏ bữa sáng, dễ dẫn đến tình trạng thiếu năng lượng. "
    "Rau xanh và trái cây giúp cơ thể hấp thu tốt hơn. "
    "Bạn nên uống đủ nước mỗi ngày và hạn chế đồ uống có ga."
)

OUTBREAK = (
    "Sốt xuất huyết tăng mạnh ở huyện Cờ Đỏ\n\n"
    "Trung tâm Y tế huyện Cờ Đỏ cho biết, từ đầu năm đến nay huyện ghi nhận 214 ca sốt xuất huyết. "
    "Bệnh viện huyện đang quá tải, nhiều bệnh nhân phải nằm ghép. "
    "Khi bị sốt xuất huyết, người bệnh có thể bị mất nước. "
    "Huyện còn thiếu hóa chất phun diệt muỗi cho các xã vùng sâu."
)


def test_an_article_of_general_advice_reports_no_obstacle():
    # few numbers, no one and nowhere named: an illness and a food told in general (GOLD.md)
    assert extract_facts(ADVICE).obstacles == []


def test_news_of_an_illness_with_places_and_counts_keeps_its_obstacles():
    texts = [o.text for o in extract_facts(OUTBREAK).obstacles]
    assert any("quá tải" in t for t in texts)
