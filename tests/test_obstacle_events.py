"""Obstacles no cue word names: people killed or hurt, new cases of an epidemic (obstacles/events.py)."""

from newsmine.facts import extract_facts
from newsmine.facts.context import analyse, extract_obstacles


def items(text):
    return [(o.text, o.category) for o in extract_obstacles(text, analyse(text))]


def test_a_death_is_an_obstacle_from_its_subject():
    assert items("Sau hai ngày điều trị tại bệnh viện, anh Tòng đã tử vong.") == [
        ("anh Tòng đã tử vong", "other")]
    assert items("Anh Tòng đã tử vong trên đường đến bệnh viện.") == [
        ("Anh Tòng đã tử vong trên đường đến bệnh viện", "other")]  # "Anh" is no country here


def test_a_place_named_like_a_country_is_not_abroad():
    text = ("Huyện Đông Anh có thêm 2 ca mắc mới\n\n"
            "Sáng 2/5, huyện Đông Anh ghi nhận thêm 2 ca dương tính tại xã Uy Nỗ.")
    assert items(text) == [("Huyện Đông Anh có thêm 2 ca mắc mới", "natural")]  # once an article


def test_the_event_ends_before_what_follows_it():
    assert items("Bệnh viện huyện xác nhận nạn nhân đã tử vong và được chuyển về quê an táng.") == [
        ("nạn nhân đã tử vong", "other")]


def test_the_count_of_the_people_belongs_to_the_event():
    assert items("Lực lượng cứu hộ đã đưa 12 người mắc kẹt trong khu trọ ra ngoài.") == [
        ("12 người mắc kẹt trong khu trọ ra ngoài", "other")]


def test_new_cases_of_an_epidemic_are_natural():
    assert items("Chiều 3/5, tỉnh Nam Hà ghi nhận thêm 4 ca dương tính và 2 trường hợp nghi nhiễm.") == [
        ("tỉnh Nam Hà ghi nhận thêm 4 ca dương tính và 2 trường hợp nghi nhiễm", "natural")]


def test_events_that_did_not_happen_are_not_obstacles():
    assert items("Rất may vụ sập giàn giáo không làm ai tử vong.") == []
    assert items("Đến nay huyện chưa ghi nhận ca mắc sốt xuất huyết nào.") == []
    assert items("Toàn bộ 40 mẫu xét nghiệm của các trường hợp tiếp xúc đều âm tính, không phát hiện "
                 "thêm ca dương tính.") == []


def test_support_and_rescue_do_not_report_an_event():
    assert items("Tỉnh hỗ trợ 10 triệu đồng cho mỗi gia đình có người tử vong.") == []
    assert items("Anh Dũng được khen thưởng vì đã cứu người đuối nước trên sông Lam.") == []


def test_a_task_sentence_and_a_rule_for_a_case_are_not_events():
    assert items("Khẩn trương truy vết các trường hợp tiếp xúc với ca dương tính mới phát hiện.") == []
    assert items("Trường hợp phát hiện ca bệnh, trạm y tế phải báo cáo ngay trong 24 giờ.") == []


def test_events_abroad_worldwide_or_of_every_year_are_not_the_provinces_obstacles():
    assert items("Bộ Y tế Lào cho biết họ ghi nhận thêm 30 ca dương tính mới.") == []
    assert items("Tại Campuchia, hôm qua ghi nhận thêm 600 ca mắc mới.") == []
    assert items("Đến nay thế giới ghi nhận hơn 150 triệu ca mắc bệnh.") == []
    assert items("Cả nước có khoảng 2.000 trẻ em tử vong do đuối nước mỗi năm.") == []


def test_a_risk_an_escape_or_a_plan_for_a_case_is_no_event():
    assert items("Người cao tuổi dễ bị bỏng khi dùng túi chườm nóng.") == []
    assert items("Nhờ được kéo lên kịp, em nhỏ đã thoát khỏi đuối nước.") == []
    assert items("Trong trường hợp ghi nhận thêm ca bệnh, huyện sẽ lập chốt kiểm soát.") == []


def test_a_clause_with_a_cue_is_left_to_the_rules():
    found = items("Vụ tai nạn làm 2 người tử vong và 3 người bị thương.")
    assert len(found) == 1 and "bị thương" in found[0][0]


def test_the_learned_filter_keeps_events_and_names_their_rule():
    facts = extract_facts("Xe khách lao xuống vực ở đèo Pha Đin.\n\nĐến tối, chị Lò Thị Mai đã tử vong tại "
                          "bệnh viện tỉnh.", province="Điện Biên")
    found = [(o.text, o.rule) for o in facts.obstacles]
    assert ("chị Lò Thị Mai đã tử vong tại bệnh viện tỉnh", "obstacle_events.tsv: casualty, tử vong") in found


def test_an_event_told_again_or_held_by_a_rule_obstacle_is_kept_once():
    text = ("Hai người tử vong trong vụ sập tường rào ở xã Tân Lập.\n\n"
            "Sáng 4/5, hai người tử vong khi đang dọn dẹp bên dưới bức tường.")
    assert [t for t, _ in items(text)] == ["Hai người tử vong trong vụ sập tường rào ở xã Tân Lập"]


def _events(text):
    return [o.text for o in extract_obstacles(text, analyse(text)) if o.rule.startswith("obstacle_events")]


def test_news_from_abroad_gives_its_casualties_but_no_new_cases():
    text = ("Động đất mạnh ở miền bắc Ấn Độ\n\n"
            "Trận động đất xảy ra vào rạng sáng tại bang Uttarakhand của Ấn Độ.\n\n"
            "Ít nhất 30 người đã thiệt mạng trong các ngôi làng gần tâm chấn.")
    assert _events(text) == ["30 người đã thiệt mạng trong các ngôi làng gần tâm chấn"]
    text = ("Indonesia ghi nhận số ca mắc cao kỷ lục\n\n"
            "Bộ Y tế Indonesia ngày 3/7 ghi nhận thêm 25.000 ca dương tính mới.")
    assert _events(text) == []


def test_a_count_of_people_killed_abroad_is_the_subject_of_the_casualty():
    text = ("Giao tranh tái diễn tại vùng biên giới Sudan\n\n"
            "Quân đội Sudan cho biết các vụ pháo kích đã gây thiệt hại lớn: 12 dân quân đã thiệt mạng, "
            "nhiều nhà cửa bị đốt phá.\n\n"
            "Phía đối phương nói rằng họ ghi nhận 40 binh lính thiệt mạng trong đợt giao tranh.")
    assert _events(text) == ["12 dân quân đã thiệt mạng"]  # one casualty event an article


def test_an_epidemic_or_a_world_tally_abroad_is_no_casualty_event():
    text = ("Nhật Bản siết chặt biên giới\n\n"
            "Tại Nhật Bản, dịch Covid-19 đã khiến 300 người tử vong trong tháng qua.\n\n"
            "Mỗi năm thế giới có hàng nghìn người tử vong vì động đất.")
    assert _events(text) == []


def test_an_accident_told_by_the_harm_it_did_is_an_event_from_its_noun():
    text = ("Gần 2h sáng 6/5, trên quốc lộ 1 đoạn qua xã Cẩm Thạch xảy ra vụ tai nạn giao thông khiến "
            "chiếc xe khách bị biến dạng, chắn ngang đường.")
    assert items(text) == [("vụ tai nạn giao thông khiến chiếc xe khách bị biến dạng", "other")]
    text = "Tuy nhiên, vụ cháy khiến ông Lê Văn Hùng (SN 1965), trú tại thôn 3, xã Kỳ Sơn bị bỏng nặng."
    assert [t for t, _ in items(text)] == ["vụ cháy khiến ông Lê Văn Hùng"]  # not into the brackets


def test_an_accident_named_without_its_harm_or_as_a_cause_sought_is_no_event():
    assert items("Sáng nay, tại ngã tư thị trấn xảy ra vụ tai nạn giữa xe tải và xe máy.") == []
    assert items("Công an huyện đang điều tra nguyên nhân vụ cháy khiến cả dãy nhà trọ tan hoang.") == []
    assert items("Lực lượng chức năng tuyên truyền để tránh các vụ cháy làm ảnh hưởng đến rừng phòng hộ.") == []


def test_a_pest_or_a_crop_or_herd_disease_that_struck_is_natural():
    # GOLD.md: plant or animal diseases are natural obstacles, though no cue word names them
    assert items("Bệnh vàng lá thối rễ gây hại trên 300 ha cam của nông dân huyện Hương Sơn.") == [
        ("Bệnh vàng lá thối rễ gây hại trên 300 ha cam của nông dân huyện Hương Sơn", "natural")]
    assert items("Dịch tả lợn châu Phi đã xảy ra tại 3 xã của huyện Kỳ Anh.") == [
        ("Dịch tả lợn châu Phi đã xảy ra tại 3 xã của huyện Kỳ Anh", "natural")]


def test_a_disease_that_may_come_or_harmed_long_ago_is_no_event():
    assert items("Nếu không phun thuốc kịp thời, sâu cuốn lá có thể gây hại nặng trên lúa.") == []
    assert items("Các nhà khoa học cho rằng bệnh cổ xưa gây hại cho tổ tiên loài người.") == []
    assert items("Bệnh nhân xuất hiện triệu chứng sốt sau hai ngày.") == []


def test_what_the_epidemic_did_is_an_event_from_the_epidemic():
    text = "Năm nay, ảnh hưởng của dịch Covid-19 khiến các làng nghề của huyện gần như đóng băng."
    assert items(text) == [("ảnh hưởng của dịch Covid-19 khiến các làng nghề của huyện gần như đóng băng",
                            "natural")]


def test_what_the_epidemic_did_to_trade_is_market():
    # GOLD.md: an epidemic is natural, its economic effects market, as for the rules' obstacles
    text = "Ảnh hưởng của dịch Covid-19 khiến du lịch của huyện gần như tê liệt."
    assert items(text) == [("Ảnh hưởng của dịch Covid-19 khiến du lịch của huyện gần như tê liệt", "market")]
    text = "Dịch Covid-19 ảnh hưởng tới tiêu thụ nông sản của bà con trong xã."
    assert items(text) == [("Dịch Covid-19 ảnh hưởng tới tiêu thụ nông sản của bà con trong xã", "market")]
    # purchasing power ("sức mua") is the market's, as consumption is
    text = "Công ty nhận định năm tới còn nhiều thách thức khi dịch Covid-19 tiếp tục ảnh hưởng tới sức mua."
    assert items(text) == [("dịch Covid-19 tiếp tục ảnh hưởng tới sức mua", "market")]


def test_an_epidemic_named_again_by_another_obstacle_still_tells_its_own_effect():
    text = ("Nhiều cơ sở phải đóng cửa do dịch Covid-19.\n\n"
            "Ảnh hưởng của dịch Covid-19 khiến lượng khách về huyện gần như không đáng kể.")
    assert [t for t, _ in items(text)] == ["Nhiều cơ sở phải đóng cửa do dịch Covid-19",
                                           "Ảnh hưởng của dịch Covid-19 khiến lượng khách về huyện gần như không đáng kể"]


def test_an_epidemic_kept_at_bay_or_feared_is_no_event():
    assert items("Để giảm ảnh hưởng của dịch Covid-19 khiến doanh nghiệp khó khăn, tỉnh hỗ trợ vốn.") == []
    assert items("Huyện đã tránh được việc dịch Covid-19 ảnh hưởng tới mùa thu hoạch.") == []
    assert items("Nếu dịch Covid-19 kéo dài, đợt dịch có thể làm giảm doanh thu.") == []


def test_an_epidemic_in_a_title_or_a_task_is_no_event():
    text = ("Phó Thủ tướng, Trưởng Ban chỉ đạo phòng, chống dịch Covid-19 làm trưởng đoàn đã làm việc với "
            "lãnh đạo tỉnh về công tác phòng dịch.")
    assert items(text) == []


def test_a_body_found_is_the_death_the_article_reports():
    assert items("Sáng 3/5, người dân xã Yên Lạc phát hiện thi thể một người đàn ông trên kênh Nhà Lê.") == [
        ("người dân xã Yên Lạc phát hiện thi thể một người đàn ông trên kênh Nhà Lê", "other")]
    assert items("Khu vực bờ kênh, nơi phát hiện thi thể nạn nhân.") == []


def test_a_body_found_after_a_death_told_tells_that_death_again():
    text = ("Chiều 3/5, một cháu bé 5 tuổi tử vong dưới hố móng công trình ở thôn Đông. "
            "Người nhà đi tìm khắp xóm thì phát hiện thi thể cháu dưới hố.")
    assert items(text) == [("một cháu bé 5 tuổi tử vong dưới hố móng công trình ở thôn Đông", "other")]


def test_new_cases_in_a_quarantine_camp_are_reported():
    # "tập trung" names the camp here ("khu cách ly tập trung"), it directs nothing
    assert items("Kết quả xét nghiệm các công dân tại khu cách ly tập trung của tỉnh đã ghi nhận "
                 "có 2 trường hợp dương tính với SARS-CoV-2.")
    assert items("Tỉnh yêu cầu tập trung phát hiện sớm các ca bệnh trong cộng đồng.") == []


def _casualties(text):
    return [(o.text, o.category) for o in extract_obstacles(text, analyse(text))
            if o.rule.startswith("obstacle_events.tsv: casualty")]


def test_deaths_of_an_epidemic_are_natural_and_other_deaths_other():
    # the sentence names the epidemic ("ca bệnh") by the toll
    text = "Tính đến sáng nay, toàn tỉnh có 412 ca bệnh, 9 trường hợp tử vong."
    assert _casualties(text) == [("9 trường hợp tử vong", "natural")]
    # the article names it, the toll counts cases
    text = ("Bệnh viện tỉnh căng mình chống dịch Covid-19\n\n"
            "Theo Sở Y tế, trong tuần qua toàn tỉnh ghi nhận 6 ca tử vong.")
    assert _casualties(text) == [("6 ca tử vong", "natural")]
    # a crash in the same article counts people, not cases: its own category
    text = ("Bệnh viện tỉnh căng mình chống dịch Covid-19\n\n"
            "Cũng trong tuần, trên quốc lộ 6 đã có 2 người tử vong.")
    assert _casualties(text) == [("2 người tử vong", "other")]
