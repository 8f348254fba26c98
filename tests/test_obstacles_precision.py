"""Obstacles: false candidates on unseen text (market reports, praise, plans, improvements) and
the category of what is kept."""

from newsmine.facts import extract_facts
from newsmine.facts.obstacles import obstacles_in_sentence


def items(text):
    return [(o.text, o.category) for o in obstacles_in_sentence(text, 0, len(text))]


def test_a_stock_closing_and_a_change_of_staff_are_no_obstacles():
    assert items("Cổ phiếu của Công ty CP Thủy điện Nậm Mu đóng cửa phiên ở mức 18.500 đồng.") == []
    assert items("Giá đóng cửa của cổ phiếu này tăng gần 2% so với tuần trước.") == []
    assert items("Công ty CP Cấp nước Lào Cai vừa có biến động nhân sự ở cấp phó giám đốc.") == []
    assert len(items("Nhiều nhà hàng ven hồ phải đóng cửa vì vắng khách.")) == 1
    # obstprec11: the index at the close, and the market closed between sessions
    assert items("Chỉ số VN-Index đóng cửa tăng 6,5 điểm lên 1.120 điểm.") == []
    assert items("Một số mã kịp thoát hàng khi thị trường tạm đóng cửa giao dịch phiên sáng.") == []



def test_a_question_asks_and_reports_no_obstacle():
    assert items("Vì sao nhiều xã vùng cao vẫn thiếu giáo viên tiếng Anh?") == []
    assert items("Bà con hỏi: \"Bao giờ con đường vào bản mới hết sạt lở?\"") == []
    assert items("Người trồng cà phê ở Mường Ảng liệu có tiếp tục thua lỗ hay không?") == []
    # the statement is reported, only its last clause asks
    assert len(items("Nhiều xã vùng cao vẫn thiếu giáo viên tiếng Anh; vậy giải pháp là gì?")) == 1
    assert len(items("Nhiều xã vùng cao vẫn thiếu giáo viên tiếng Anh.")) == 1


def test_words_that_only_hold_a_cue_syllable_are_no_obstacles():
    assert items("Hai thiếu nữ ở bản Sin Suối Hồ múa xòe trong ngày hội.") == []
    assert items("Trường in kỷ yếu hội thảo khoa học cấp tỉnh.") == []
    assert items("Sự tồn tại của làng nghề dệt thổ cẩm khẳng định giá trị văn hóa của bản.") == []
    assert items("Tiết mục dự thi không trùng lặp với tiết mục đã biểu diễn ở vòng trước.") == []
    assert items("Vai trò của gia đình trong giáo dục con trẻ không thể lơ là.") == []
    assert items("Đoàn du khách chậm rãi leo lên đỉnh Pha Đin ngắm mây.") == []
    assert items("Những cây chè thấp bé mọc thành hàng trên sườn đồi.") == []
    # a hole is no loss
    assert items("Người nuôi ong chỉ để một lỗ nhỏ cho ong ra vào thùng.") == []
    assert items("Các nhà khoa học chụp được ảnh lỗ đen ở trung tâm thiên hà.") == []
    assert items("Bác sĩ đã khâu kín lỗ thủng ở khí quản cho bệnh nhi.") == []
    assert len(items("Công ty báo lỗ 120 tỷ đồng trong quý I.")) == 1
    # a time before an epidemic, in either spelling of "xảy ra"
    assert items("Năm 2019, khi dịch Covid-19 chưa xẩy ra, lượng khách đến tỉnh rất đông.") == []
    assert len(items("Tiến độ giải ngân vốn đầu tư công còn chậm.")) == 1
    assert len(items("Nhiều điểm trường vẫn thiếu giáo viên tiếng Anh.")) == 1


def test_a_rule_for_a_case_is_no_obstacle():
    assert items("Trường hợp cuộc họp lần thứ nhất không đủ điều kiện tiến hành, thì ngân hàng gửi "
                 "thông báo mời họp lần thứ hai.") == []
    assert items("Đối với các trường chưa tự chủ tài chính thì thu học phí không quá mức trần.") == []
    # a case named without a rule after it is reported, and so is a difficulty after 'đối với'
    assert len(items("Trường hợp ông Lò Văn A chưa được bồi thường dù đã bàn giao đất từ năm 2020.")) == 1
    assert len(items("Đối với ngành giáo dục, khó khăn lớn nhất là thiếu giáo viên.")) == 1


def test_categories_of_overload_payments_supply_and_procedures():
    assert items("Bãi chôn lấp rác thải của huyện Mường Tè đã quá tải.")[0][1] == "infrastructure"
    assert items("Các khoa nội của bệnh viện tỉnh quá tải.")[0][1] == "infrastructure"
    assert items("Nhiều hộ nhận khoán bảo vệ rừng còn chậm được chi trả tiền dịch vụ.")[0][1] == "funding"
    assert items("Nguồn cung cát xây dựng tại chỗ khan hiếm.")[0][1] == "market"
    assert items("Việc mua sắm vật tư y tế kéo dài do vướng mắc trong đấu thầu.")[0][1] == "legal"
    assert items("Nhiều chuồng trại chăn nuôi còn chưa kín gió.")[0][1] == "infrastructure"


def test_a_consequence_opened_by_lam_or_tiem_an_stays_with_its_obstacle():
    found = items("Mưa lớn gây sạt lở 15 điểm taluy dương, làm hư hỏng hơn 2 km mặt đường.")
    assert len(found) == 1 and found[0][0].endswith("làm hư hỏng hơn 2 km mặt đường")
    found = items("Nhiều nhà văn hóa bản đã xuống cấp, tiềm ẩn nguy cơ mất an toàn khi có gió lốc.")
    assert len(found) == 1 and found[0][0].endswith("khi có gió lốc")


def test_problems_listed_before_one_predicate_are_one_obstacle():
    found = items("Tình trạng thiếu giáo viên, nhân viên y tế ở các xã vùng cao chưa được khắc phục.")
    assert len(found) == 1 and found[0][0].endswith("nhân viên y tế ở các xã vùng cao chưa được khắc phục")
    # two difficulties each with its own cue stay two
    assert len(items("Nhiều xã thiếu giáo viên, thiếu phòng học kiên cố.")) == 2


def test_a_cue_written_with_a_capital_inside_a_name_is_no_obstacle():
    assert items("Chị Lò Thị Hoa, sinh năm 1996, trú ở thôn Lỗ Khê, xã Liên Hà.") == []
    assert items("Ông Vàng A Thiếu được bầu làm trưởng bản Nậm Cang.") == []
    # a capital after a colon or a quote still opens a sentence that reports
    assert len(items("Bà con cho biết: Thiếu nước tưới cho lúa vụ xuân.")) == 1


def test_what_is_asked_or_allowed_if_a_problem_occurs_is_a_rule():
    assert items("Sổ hộ tịch bị hư hỏng mà huyện còn lưu bản chính thì đề nghị huyện sao chụp lại.") == []
    assert items("Giấy tờ bị mất nhưng dữ liệu đã được số hóa thì cho phép xã in lại từ phần mềm.") == []


def test_a_modal_right_after_thi_makes_a_rule_advice_or_risk():
    assert items("Người được lấy phiếu có quá nửa số đại biểu đánh giá tín nhiệm thấp thì có thể xin "
                 "từ chức.") == []
    assert items("Người lao động khi bị mất việc thì mới được hỗ trợ học nghề.") == []
    assert items("Hộ nào không đăng ký tạm trú thì tuyệt đối không cho thuê phòng.") == []
    assert items("Doanh nghiệp gặp khó khăn về vốn thì nên liên hệ ngay với ngân hàng.") == []
    # "được" after "thì" may tell what happened, and a modal a few words on may report
    assert len(items("Nhiều hộ dân bị thiệt hại do lũ thì được xã hỗ trợ gạo.")) == 1
    assert len(items("Tuyến đường xuống cấp nghiêm trọng nhiều năm thì đến nay mới được sửa.")) == 1


def test_pollution_and_flooding_with_waste_water_are_other():
    # GOLD.md's natural is weather, disasters and terrain: waste water is none of them
    assert items("Con suối chảy qua bản Nà Hừ bị ô nhiễm nặng do bã sắn xả ra.")[0][1] == "other"
    assert items("Sân Trường Tiểu học Thanh Minh thường xuyên ngập nước thải từ lò mổ.")[0][1] == "other"
    assert items("Sân Trường Tiểu học Thanh Minh bị ngập nước sau trận mưa lớn.")[0][1] == "natural"


def test_a_restriction_that_goes_on_is_a_measure_not_a_shortcoming():
    assert items("Thành phố tiếp tục hạn chế các hoạt động tập trung đông người tại chợ phiên.") == []
    # the shortcoming reads the same word as a noun or an adjective
    assert len(items("Năng lực của cán bộ địa chính cấp xã còn hạn chế.")) == 1


def test_comma_parts_of_one_kind_are_one_obstacle():
    found = items("Trận mưa đá làm nhiều phòng học bị tốc mái, cây xanh trong sân trường gãy đổ.")
    assert len(found) == 1 and found[0][0].endswith("cây xanh trong sân trường gãy đổ")
    found = items("Một bộ phận người dân còn tâm lý lơ là, chủ quan, không đeo khẩu trang nơi công cộng.")
    assert len(found) == 1 and found[0][1] == "awareness"
    assert found[0][0].endswith("lơ là, chủ quan, không đeo khẩu trang nơi công cộng")
    # counted items, a named subject of its own and two kinds stay apart
    assert len(items("Cơn bão làm 120 ngôi nhà bị tốc mái, 15 ngôi nhà bị sập hoàn toàn.")) == 2
    assert len(items("Xã chưa lập quỹ phát triển đất theo quy định, Phòng Tài chính huyện chưa thẩm "
                     "định dự toán theo quy định.")) == 2
    assert len(items("Nhiều xã thiếu giáo viên, thiếu phòng học kiên cố.")) == 2


def test_a_comma_between_two_general_nouns_does_not_free_the_second():
    # "khó khăn, vướng mắc" names one difficulty: the "nếu" before it governs both nouns
    assert items("Trong quá trình triển khai, nếu gặp khó khăn, vướng mắc thì các xã báo cáo về "
                 "Sở Nội vụ để được hướng dẫn.") == []
    assert items("Quá trình thực hiện nếu phát sinh khó khăn, vướng mắc phải kịp thời phản ánh về "
                 "Sở Tài chính để tổng hợp.") == []
    # two different lacks after a comma are still two obstacles
    assert [t for t, _ in items("Huyện còn thiếu giáo viên, thiếu phòng học.")] == [
        "Huyện còn thiếu giáo viên", "thiếu phòng học"]


def test_a_problem_named_as_what_a_measure_prevents_is_no_obstacle():
    assert items("Chốt kiểm dịch được lập ở đầu bản để kiểm soát dịch bệnh trên đàn lợn.") == []
    assert items("Xã vận động người dân cách ly đàn gia cầm để ngăn chặn dịch bệnh lây lan.") == []
    assert len(items("Dịch tả lợn châu Phi bùng phát tại 3 xã, làm 120 con lợn bị tiêu hủy.")) == 1


def test_a_headline_ending_with_a_number_is_cut_from_the_next_sentence():
    # the page glued a market brief's headline to its first sentence; a hope is no obstacle
    found = items("Thủy điện Nậm Mu giảm mạnh lợi nhuận, kỳ vọng phục hồi trong năm 2026 Tại Đại hội "
                  "cổ đông thường niên ngày 15/4, công ty thông qua kế hoạch doanh thu 300 tỷ đồng.")
    assert [t for t, _ in found] == ["Thủy điện Nậm Mu giảm mạnh lợi nhuận"]
    found = items("Cao su Điện Biên báo lỗ 6 tháng, kỳ vọng có lãi trong quý III Theo báo cáo tài "
                  "chính, công ty chịu ảnh hưởng của giá mủ cao su xuống thấp.")
    assert [t for t, _ in found] == ["Cao su Điện Biên báo lỗ 6 tháng",
                                     "công ty chịu ảnh hưởng của giá mủ cao su xuống thấp"]


def test_people_named_as_victims_do_not_make_a_problem_of_awareness():
    # "người dân" names who suffers, not a habit or attitude (GOLD.md's awareness)
    found = items("Hơn 50 người dân ở bản Na Sang có biểu hiện ngộ độc sau khi ăn cỗ cưới.")
    assert [c for _, c in found] == ["other"]
    # what people know and how they take to a service still is
    assert [c for _, c in items("Nhiều người dân thiếu kiến thức chăm sóc cây cà phê sau tái canh.")] == [
        "awareness"]
    assert [c for _, c in items("Người dân vùng cao còn e dè khi sử dụng dịch vụ công trực tuyến.")] == [
        "awareness"]


def test_a_response_over_several_comma_parts_is_cut_from_the_obstacle():
    found = items("Đến 18 giờ, đám cháy tại kho phân bón vẫn đang bùng phát, lực lượng cứu hỏa đang "
                  "khẩn trương huy động xe, người để dập lửa.")
    assert [t for t, _ in found] == ["đám cháy tại kho phân bón vẫn đang bùng phát"]


def test_a_choice_not_yet_made_is_no_obstacle():
    assert items("UBND huyện chưa quyết định phong tỏa toàn bộ thôn Nà Lừu vì số ca mắc mới đã giảm.") == []
    assert items("Câu lạc bộ vẫn chưa quyết định tương lai của tiền đạo này.") == []
    # a decision that has not been issued still is one
    assert len(items("Đến nay, 32 hộ dân vẫn chưa có quyết định giao đất tái định cư.")) == 1


def test_a_reaction_is_an_obstacle_only_as_a_public_backlash():
    # a body's reaction to a vaccine, a reactor, a response team: no difficulty
    assert items("Sau tiêm, 12 trẻ có phản ứng nhẹ như sốt, quấy khóc và đã ổn định.") == []
    assert items("Nhà máy điện hạt nhân có hai lò phản ứng công suất lớn.") == []
    assert items("Đội phản ứng nhanh của Trung tâm Y tế huyện túc trực tại điểm tiêm.") == []
    assert [c for _, c in items("Việc tăng giá vé xe buýt vấp phải phản ứng gay gắt của người dân.")] == [
        "awareness"]


def test_the_epidemic_that_prevention_work_targets_is_no_report():
    # "phòng, chống dịch bệnh" names the work, not an outbreak, even in a comma part of its own
    assert items("Sở hướng dẫn các khu du lịch tiếp tục triển khai các biện pháp cấp bách phòng, "
                 "chống dịch bệnh sốt xuất huyết, thực hiện nghiêm các văn bản chỉ đạo về công tác "
                 "phòng, chống dịch bệnh sốt xuất huyết.") == []



def test_cheap_goods_and_the_lowness_of_a_cost_or_risk_are_no_obstacles():
    assert items("Nhà mạng tung ra gói cước rẻ hơn cho học sinh, sinh viên.") == []
    assert items("Hợp tác xã chọn máy sấy rẻ tiền, dễ sửa chữa.") == []
    assert items("Dòng điện thoại giá rẻ của hãng bán chạy ở các huyện.") == []
    assert items("Mô hình nuôi cá lồng có chi phí thấp, phù hợp với hộ nghèo.") == []
    assert items("Theo chuyên gia, ở trường học nguy cơ rất thấp.") == []
    assert items("Thành phố bắn pháo hoa tầm thấp tại quảng trường trung tâm.") == []
    assert items("Nhiệt độ thấp nhất 18 độ C, cao nhất 27 độ C.") == []
    # a price or cost that is high, or a crop sold off cheaply, is still a difficulty
    assert len(items("Chi phí thuê máy gặt ở vùng cao không hề rẻ.")) == 1
    assert len(items("Giá vải thiều năm nay rẻ như cho, nhiều hộ bỏ không thu hoạch.")) == 1
    assert len(items("Chất lượng nguồn nhân lực của huyện còn thấp.")) == 1


def test_praise_and_set_phrases_with_a_cue_word_are_no_obstacles():
    assert items("Du khách đến Mộc Châu không thể bỏ qua món bê chao.") == []
    assert items("Cán bộ trạm y tế không quản ngại vất vả, vào tận bản tiêm vắc xin.") == []
    assert items("Thanh niên tình nguyện không ngần ngại lội suối đưa học sinh về bản.") == []
    assert items("Người dân không thể quên những ngày nước lũ tràn về năm ấy.") == []
    assert items("Lực lượng công an phá án không chỉ bằng nghiệp vụ mà còn bằng sự kiên trì.") == []
    assert len(items("Xe cứu thương không thể vào bản do đường bị sạt lở.")) == 1


def test_what_is_not_yet_said_or_known_is_no_obstacle():
    assert items("Đại diện công ty chưa lên tiếng về thông tin này.") == []
    assert items("Sở Công Thương chưa đưa ra bình luận về kiến nghị của các hộ kinh doanh.") == []
    assert items("Đến chiều nay, cơ quan chức năng chưa xác định được nguyên nhân vụ cháy.") == []
    assert items("Hiện chưa thể khẳng định con cá lạ dạt vào bờ thuộc loài nào.") == []
    # with "có" before the noun of telling, "thông tin" as the verb, a news not yet heard, a name
    # not yet released (obstprec35)
    assert items("Hai doanh nghiệp này hiện chưa có bình luận gì về quyết định của tỉnh.") == []
    assert items("Trưởng công an xã cũng chưa thông tin về việc nhóm đối tượng tụ tập bao lâu.") == []
    assert items("Đến sáng hôm sau, người con trai út vẫn chưa hay tin ngôi nhà bị lũ cuốn.") == []
    assert items("Danh tính hai người đàn ông trên xe chưa được công bố.") == []
    # "never" written as "chưa một lần", "chưa lần nào", like "chưa bao giờ" (obstprec35)
    assert items("Dù vất vả, chưa một lần chị nghĩ đến chuyện bỏ nghề dạy học ở bản.") == []
    assert items("Người dân trong xóm chưa lần nào thấy con suối đổi màu như vậy.") == []
    # what is not yet done is still a shortcoming
    assert len(items("Nhiều hộ dân chưa được bồi thường sau khi bàn giao mặt bằng.")) == 1


def test_restricting_something_is_a_measure_not_a_shortcoming():
    assert items("Huyện rà soát các lễ hội; hạn chế tập trung đông người để phòng dịch.") == []
    assert items("Công an phân luồng từ xa, hạn chế xe tải đi vào trung tâm thị trấn.") == []
    assert items("Nhà máy tiết kiệm nước thông qua việc hạn chế lượng xả thừa.") == []
    assert items("Lớp phủ mới giúp hạn chế bám bụi trên tấm pin mặt trời.") == []
    # the noun and the adjective still report a shortcoming
    assert len(items("Hạn chế lớn nhất của huyện là thiếu vốn đầu tư.")) == 1
    assert len(items("Hạn chế về nguồn lực khiến nhiều công trình chậm tiến độ.")) == 1
    assert len(items("Trình độ tin học của cán bộ xã còn hạn chế.")) == 1


def test_a_risk_that_is_low_or_visitors_that_rise_are_good_news():
    assert items("Chuyên gia cho rằng nguy cơ lây nhiễm tại trường học là rất thấp.") == []
    assert items("Dịp nghỉ lễ, lượng khách đến thị xã biển tăng cao.") == []
    assert items("Thu nhập bình quân đầu người của huyện cao gấp 1,5 lần năm 2015.") == []
    assert items("Theo Sở, tình trạng vi phạm tiếng ồn ở các khu dân cư giảm.") == []
    # the opposite directions, a price, a negated fall and a consequence stay difficulties
    assert len(items("Thu nhập của người dân vùng cao còn thấp.")) == 1
    assert len(items("Chi phí vận chuyển phân bón tăng cao.")) == 1
    assert len(items("Doanh nghiệp khó trang trải chi phí và sụt giảm doanh thu do dịch bệnh.")) == 1
    assert len(items("Các quán bán hải sản cho du khách với giá cao gấp nhiều lần.")) == 1
    assert len(items("Vi phạm nồng độ cồn trên địa bàn huyện chưa giảm.")) == 1
    assert len(items("Tình trạng ô nhiễm làm giảm năng suất lúa.")) == 1


def test_a_harm_or_a_wrong_that_falls_is_good_news():
    # obstprec35: a problem of no direction word, told falling
    assert items("Từ khi lập chốt, hoạt động khai thác cát trái phép trên sông giảm hẳn.") == []
    assert items("Nhờ gia cố bờ kè, thiệt hại do triều cường năm nay giảm nhiều so với năm trước.") == []
    # a denied fall, one the problem causes, and a queue that has not yet shrunk stay difficulties
    assert len(items("Tình trạng khai thác cát trái phép trên sông chưa giảm.")) == 1
    assert len(items("Hạn hán kéo dài khiến sản lượng cà phê giảm mạnh.")) == 1
    assert len(items("Đến trưa, dòng xe về cầu vẫn chưa giảm, các phương tiện nhích từng chút.")) == 1


def test_a_direction_after_a_comma_goes_on_telling_the_quantity_before_it():
    assert items("Lãi suất cho vay nông nghiệp của quỹ chỉ còn 5%/năm, thấp nhất trong 10 năm.") == []
    assert items("Số ca mắc mới trong tuần là 12 ca, thấp hơn mức của tuần trước.") == []
    # a quantity that is bad when low stays a shortfall
    assert len(items("Thu nhập của người trồng chè chỉ còn 3 triệu đồng/tháng, thấp hơn năm trước.")) == 1


def test_a_range_of_values_is_no_shortfall():
    assert items("Giá bán thấp nhất là 300 triệu đồng, cao nhất là 500 triệu đồng.") == []
    assert items("Học phí thấp nhất 12 triệu đồng mỗi năm, cao nhất 30 triệu đồng.") == []
    assert items("Các triệu chứng này không đáng lo ngại nếu được điều trị sớm.") == []
    assert len(items("Tỷ lệ giải ngân vốn đầu tư công của huyện thấp nhất tỉnh.")) == 1


def test_a_situation_a_measure_is_fitted_to_is_no_report():
    assert items("Lễ hội được tổ chức phù hợp với diễn biến tình hình dịch bệnh trên địa bàn.") == []
    assert items("Tùy theo tình hình diễn biến của dịch bệnh, huyện sẽ cho học sinh đi học lại.") == []
    assert items("Cán bộ y tế thôn giúp người dân nắm rõ tình hình dịch bệnh.") == []
    # a situation the clause reports, or one that a second cue qualifies, stays
    assert len(items("Tình hình dịch bệnh trên địa bàn huyện diễn biến phức tạp.")) == 1
    assert len(items("Phù hợp với tình hình dịch bệnh đang diễn biến phức tạp, xã dừng lễ hội.")) == 1


def test_names_and_specifications_holding_a_cue_word_are_no_obstacles():
    assert items("Học viện phối hợp với ngành cơ yếu trong công tác bảo mật đề thi.") == []
    assert items("Máy tính bảng có độ mỏng 6,8 mm và thiết kế mỏng, nhẹ.") == []
    assert items("Hội phụ nữ xã quan tâm giúp đỡ các nhóm yếu thế trong cộng đồng.") == []
    assert items("Học phí áp dụng cho cơ sở giáo dục công lập chưa tự bảo đảm chi thường xuyên.") == []
    assert len(items("Lực lượng y tế cơ sở còn mỏng, thiếu bác sĩ.")) == 1


def test_no_one_hurt_is_good_news_not_a_lack_of_people():
    assert items("Vụ cháy xảy ra lúc nửa đêm, may mắn không có ai bị thương.") == []
    assert items("Trong đợt mưa lũ vừa qua, xã không có người thiệt mạng.") == []
    assert [t for t, _ in items("Nhiều cụ già sống một mình, không có ai chăm sóc.")] == ["không có ai chăm sóc"]


def test_what_a_measure_lessens_is_a_relief_not_a_report():
    assert items("Trường đổi mới cách thi để giảm áp lực cho học sinh.") == []
    assert items("Bệnh viện vệ tinh giúp giảm quá tải cho tuyến trên.") == []
    assert items("Hợp tác xã chủ động nguồn hàng nhằm giảm thiểu thiệt hại khi giá xuống.") == []
    # a fall of a level is still reported, and so is the problem itself
    assert len(items("Trong hang, nồng độ oxy giảm xuống thấp tới 11%.")) == 1
    assert len(items("Áp lực thi cử đè nặng lên học sinh lớp 12.")) == 1


def test_an_emphatic_double_negation_and_a_connective_are_no_obstacles():
    assert items("Đến Mộc Châu, du khách không thể không ghé thăm đồi chè trái tim.") == []
    assert items("Nói về ẩm thực Tây Bắc, không thể không nhắc đến món thắng cố.") == []
    assert items("Chưa hết, hợp tác xã còn mở thêm điểm bán nông sản sạch tại thị trấn.") == []
    # a lone "không thể" and "chưa hết" before a noun still report
    assert len(items("Nhiều hộ dân không thể tiếp cận nguồn vốn vay ưu đãi.")) == 1
    assert len(items("Đến nay, đường vào bản vẫn chưa hết sạt lở.")) == 1


def test_a_loan_balance_is_no_obstacle_but_a_debt_still_owed_is():
    assert items("Dư nợ tín dụng của chi nhánh ngân hàng tỉnh đạt 12.500 tỷ đồng, tăng 8% so với "
                 "cùng kỳ.") == []
    assert items("Dư nợ cho vay hộ nghèo chiếm gần 40% tổng dư nợ của Ngân hàng Chính sách xã hội "
                 "huyện.") == []
    assert len(items("Một số doanh nghiệp còn dư nợ tiền thuê đất hơn 3 tỷ đồng.")) == 1
    assert len(items("Nhiều hộ có dư nợ quá hạn tại ngân hàng do mất mùa.")) == 1


def test_the_case_a_rule_is_written_for_is_no_obstacle():
    assert items("Theo đề án, học viên được cử đi học không chấp hành quyết định phân công công "
                 "tác; bỏ việc, phải đền bù gấp đôi kinh phí đào tạo.") == []
    assert items("Các trường hợp vi phạm quy định đeo khẩu trang nơi công cộng sẽ bị xử phạt "
                 "nghiêm.") == []
    assert items("Thủ trưởng các đơn vị phải chịu trách nhiệm trước Chủ tịch UBND tỉnh khi để "
                 "xảy ra lây nhiễm trong khu cách ly.") == []
    # what happened, counted or past, is reported though a sanction follows
    assert len(items("Đoàn kiểm tra phát hiện 3 cơ sở vi phạm an toàn thực phẩm, sẽ bị xử phạt theo "
                     "quy định.")) == 1
    assert len(items("Công ty đã xả thải vượt quy chuẩn ra suối Nậm La và sẽ bị xử lý theo quy "
                     "định.")) == 1
    assert len(items("Công ty TNHH Minh Phát xả thải vượt quy chuẩn ra suối, sẽ bị xử lý theo quy "
                     "định.")) == 1
    assert len(items("Qua kiểm tra, cơ sở này kinh doanh hàng không rõ nguồn gốc nên sẽ bị xử phạt.")) == 1


def test_a_task_opened_by_a_verb_of_campaigning_or_strict_execution_is_no_obstacle():
    assert items("Đồng thời, nghiêm túc thực hiện giám sát người về từ vùng dịch, nhắc nhở các quy "
                 "định như hạn chế tiếp xúc đông người.") == []
    assert items("Tuyên truyền bà con không chủ quan, lơ là trong phòng, chống dịch.") == []
    assert items("Thực hiện ngay việc kiểm tra, xử phạt nghiêm, kịp thời các trường hợp vi phạm.") == []
    # the campaign as a subject, and strictness not kept, are reported
    assert len(items("Công tác tuyên truyền ở các bản vùng cao còn hạn chế.")) == 1
    assert len(items("Nhiều hộ kinh doanh chưa thực hiện nghiêm việc đeo khẩu trang.")) == 1


def test_a_case_that_may_arise_is_no_obstacle():
    assert items("Trường hợp hồ chứa bị sạt lở, UBND xã sẽ sơ tán ngay các hộ ở hạ du.") == []
    assert items("Trường hợp máy bơm bị hư hỏng sẽ được thay thế trong vòng 24 giờ.") == []
    assert items("Bệnh nhân nhẹ được điều trị tại nhà, trong trường hợp bệnh viện tuyến huyện quá "
                 "tải.") == []
    # a case at hand, or named alone, is reported
    assert len(items("Trong trường hợp này, doanh nghiệp đã vi phạm hợp đồng thuê đất.")) == 1
    assert len(items("Trường hợp ông Lò Văn B chưa được bồi thường dù đã bàn giao mặt bằng.")) == 1
    assert len(items("Trường hợp bà Lò Thị C chưa được bồi thường, gia đình đã nhiều lần gửi đơn.")) == 1
    assert len(items("Trường hợp của hộ ông D chưa được cấp sổ đỏ, xã hứa sẽ xem xét.")) == 1


def test_a_matter_not_yet_cleared_up_and_a_pressure_pipe_are_no_obstacles():
    assert items("Nguyên nhân vụ xô xát giữa hai nhóm thanh niên vẫn chưa được làm rõ.") == []
    assert items("Lai lịch của con vật lạ xuất hiện ở bìa rừng vẫn chưa được làm sáng tỏ.") == []
    assert items("Nhà thầu đang lắp đặt đường ống áp lực của nhà máy thủy điện.") == []
    # what is not yet done is still a shortcoming, and so is pressure on people
    assert len(items("Nhiều sai phạm trong quản lý đất đai chưa được xử lý dứt điểm.")) == 1
    assert len(items("Áp lực công việc khiến nhiều giáo viên vùng cao xin nghỉ việc.")) == 1


def test_cumbersome_procedures_are_legal_but_cutting_them_is_a_remedy():
    # GOLD.md: legal covers procedures; a problem named only inside a remedy is no report
    assert items("Theo các doanh nghiệp, thủ tục cấp phép xây dựng còn nhiêu khê, mất nhiều thời gian.") == [
        ("thủ tục cấp phép xây dựng còn nhiêu khê, mất nhiều thời gian", "legal")]
    assert items("Hồ sơ vay vốn ưu đãi còn rườm rà khiến nhiều hộ nghèo không tiếp cận được.") == [
        ("Hồ sơ vay vốn ưu đãi còn rườm rà khiến nhiều hộ nghèo không tiếp cận được", "legal")]
    assert items("Tỉnh sẽ cắt bớt thủ tục rườm rà để thu hút nhà đầu tư.") == []
    assert items("Huyện đã lược bỏ các giấy tờ rườm rà trong hồ sơ xin cấp phép.") == []


def test_a_cue_that_opens_a_longer_word_is_none():
    # "bị thương lái ép giá": traders force prices down, nobody is injured
    text = "Nhiều hộ trồng dưa hấu ở xã Cát Tiến bị thương lái ép giá."
    found = obstacles_in_sentence(text, 0, len(text))
    assert [(o.category, o.rule) for o in found] == [("market", "obstacle_cues.tsv: ép giá")]
    assert items("Vụ tai nạn làm 2 người bị thương.") != []


def test_a_cue_that_names_who_receives_aid_is_no_obstacle():
    # the harm is told elsewhere; the sentence tells the aid given for it
    assert items("Huyện hỗ trợ 10 triệu đồng cho mỗi người tử vong, 5 triệu đồng cho mỗi người bị thương.") == []
    assert items("Mỗi hộ có nhà bị lũ cuốn trôi được xã hỗ trợ trước 3 triệu đồng để dựng lại nhà.") == []
    assert items("Phường đã bố trí chỗ ở tạm thời cho những hộ bị ảnh hưởng từ vụ sạt lở.") == []
    assert items("Hội Chữ thập đỏ đang giúp đỡ các gia đình có thu nhập thấp trong xã.") == []
    # the cue is the sentence's own predicate, the aid was not given, or harm is caused, not aided
    assert len(items("Quỹ đất để bố trí tái định cư cho các hộ ở vùng sạt lở rất hạn chế.")) == 1
    assert len(items("Nhiều hộ có nhà bị lũ cuốn trôi chưa được hỗ trợ.")) == 1
    assert len(items("Mưa đá khiến cho các hộ bị mất trắng hoa màu.")) == 1


def test_a_judgement_or_praise_with_khong_the_is_no_inability():
    assert items("Bạo lực học đường là điều không thể chấp nhận được.") == []
    assert items("Chúng ta không thể so sánh đội tuyển bây giờ với mười năm trước.") == []
    assert items("Màn trình diễn của hai thầy trò không thể hoàn hảo hơn.") == []
    assert items("Pháo hoa phun từ thấp lên cao suốt 15 phút.") == []
    # a striker facing the keeper is a move of the game
    assert items("Tiền đạo đội khách thoát xuống đối mặt với thủ môn nhưng dứt điểm ra ngoài.") == []
    assert len(items("Xe cứu hỏa không thể tiếp cận hiện trường vì đường quá hẹp.")) == 1


def test_bewilderment_at_why_is_no_inability():
    assert items("Bà con trong xóm không thể hiểu vì sao con đường mới làm đã bị đào lên.") == []
    assert items("Tôi không thể hiểu được tại sao cửa hàng lại bán giá cao như vậy.") == []
    # not understanding a language or a procedure is one
    assert len(items("Nhiều người cao tuổi không thể hiểu được hướng dẫn trên điện thoại.")) == 1


def test_a_cue_read_across_a_word_joint_is_none():
    # "không thể hiện" is "không" + "thể hiện"; the "mới" of "nông thôn mới" is no "only just"
    assert items("Bức tranh cổ động không thể hiện được tinh thần của lễ hội.") == []
    assert items("Vốn huy động xây dựng nông thôn mới đạt hơn 900 tỷ đồng.") == []
    assert items("Ngôi đình làng còn tồn tại gần như nguyên vẹn sau hai thế kỷ.") == []
    assert len(items("Giải ngân vốn đầu tư công mới đạt 31% kế hoạch.")) == 1
    assert len(items("Nhiều xã không thể tiếp cận được nguồn vốn vay ưu đãi.")) == 1


def test_a_fact_not_yet_known_is_no_obstacle_but_an_unclear_rule_is():
    assert items("Hiện vẫn chưa rõ danh tính tài xế xe tải gây tai nạn.") == []
    assert items("Chưa rõ khi nào cây cầu tạm sẽ được thông xe.") == []
    assert len(items("Văn bản hướng dẫn của tỉnh về thủ tục này còn chưa rõ ràng.")) == 1


def test_the_verb_exist_and_a_persons_effort_are_no_obstacles():
    assert items("Ngôi đình đã tồn tại hơn 200 năm giữa làng.") == []
    assert items("Các chiến sĩ vất vả khuân từng bao cát lên đê.") == []
    assert items("Thủ môn đội khách vất vả cản phá cú sút của đối phương.") == []
    # a shortcoming named as a noun, and the hardship of a task or of getting around
    assert len(items("Công tác quản lý đất đai vẫn còn nhiều tồn tại.")) == 1
    assert len(items("Đường vào bản là đường đất, mùa mưa đi lại rất vất vả.")) == 1
    assert len(items("Việc thu gom rác ở các xã vùng cao rất vất vả.")) == 1


def test_a_heading_of_shortcomings_still_opens_its_list():
    # before its colon "tồn tại" is the noun, with no quantifier: the items need no cue of their own
    text = ("Thủy điện nhỏ gặp nhiều vướng mắc\n\nĐối với các dự án đang xây dựng, tồn tại chủ yếu "
            "gồm:\n- ba dự án chậm tiến độ;\n- việc chuyển mục đích sử dụng đất ở một số nơi kéo dài.")
    found = [o["text"] for o in extract_facts(text).as_gold()["obstacles"]]
    assert "việc chuyển mục đích sử dụng đất ở một số nơi kéo dài" in found


def test_the_manner_of_a_speaker_is_no_obstacle():
    assert items("Một người dân trong xóm bức xúc nói với phóng viên.") == []
    assert items("Chị Lan bức xúc chia sẻ trên trang cá nhân.") == []
    assert len(items("Khói bụi từ nhà máy khiến người dân bức xúc.")) == 1


def test_the_moves_of_a_stock_an_index_or_a_currency_are_no_obstacles():
    assert items("Cổ phiếu của Công ty CP Điện Sơn La có biến động tăng giảm không lớn trong tuần.") == []
    assert items("Đồng nhân dân tệ biến động mạnh trong phiên giao dịch hôm qua.") == []
    assert items("Khách hàng được miễn phí dịch vụ thông báo biến động số dư qua tin nhắn.") == []
    # the swings of a price, a market or materials hurt those who buy and sell
    assert len(items("Giá phân bón biến động liên tục khiến nhiều hộ trồng chè thua lỗ.")) == 1
    assert len(items("Vật liệu xây dựng biến động nên nhà thầu thi công cầm chừng.")) == 1


def test_what_a_party_has_not_yet_disclosed_said_or_chosen_is_no_obstacle():
    assert items("Mẫu điện thoại mới sẽ được bán ra vào tháng 6, với mức giá chưa được tiết lộ.") == []
    assert items("Một quan chức giấu tên vì chưa được phép phát ngôn công khai cho biết như vậy.") == []
    assert items("Có tới 20% số cử tri được hỏi vẫn chưa đưa ra lựa chọn.") == []
    assert len(items("Nhiều hộ dân chưa được hỗ trợ kinh phí di dời.")) == 1


def test_a_risk_is_no_obstacle_until_it_happens():
    assert items("Nghề nuôi cá lồng trên sông cũng gặp những rủi ro nhất định.") == []
    assert items("Kinh doanh đất nền ở vùng ven luôn tiềm ẩn nhiều rủi ro.") == []
    # what happened beside the risk is still reported
    assert items("Dự án chậm tiến độ nên chủ đầu tư gặp nhiều rủi ro về vốn.") != []


def test_a_yes_no_question_after_khong_biet_wonders_and_reports_nothing():
    assert items("Tôi không biết mấy hôm nữa giá lúa có lên để gỡ lại tiền phân bón không nữa.") == []
    assert items("Không biết xã có cấp thêm giống lúa nữa không, một người dân hỏi.") == []
    assert items("Bà con cũng không biết vụ tới giá cà phê có lên hay không.") == []
    # not knowing how to do something is a shortcoming
    assert len(items("Nhiều hộ dân không biết cách xử lý khi lúa bị bệnh đạo ôn.")) == 1
    assert len(items("Mới chuyển sang trồng sâm nên nhiều hộ không biết hỏi ai khi cây bị bệnh.")) == 1


def test_chua_he_denies_and_a_time_clause_before_an_event_dates_it():
    assert items("Đại diện công ty khẳng định đối tác chưa hề rút vốn khỏi dự án.") == []
    assert items("Trước khi dịch bệnh bùng phát, lượng khách đến Sa Pa tăng đều mỗi năm.") == []
    assert items("Cổ phiếu có lúc tăng trần trước khi đóng cửa tại 21.500 đồng.") == []
    # the event told in its own clause stays
    assert len(items("Dịch bệnh bùng phát khiến lượng khách đến Sa Pa giảm mạnh.")) == 1


def test_advice_to_the_reader_is_no_obstacle():
    for text in ("Với những phần kiến thức còn yếu, các em hãy dành thời gian ôn lại lý thuyết.",
                 "Người có triệu chứng ho kéo dài đừng e ngại đi khám sớm.",
                 "Mỗi người hãy đừng lãng phí nước sạch trong mùa khô."):
        assert [o.text for o in obstacles_in_sentence(text, 0, len(text))] == [], text


def test_a_denied_cue_reports_no_obstacle():
    # obst25: a denial right before the cue, a few quantity words between
    for text in ("Lượng xe về bến không quá nhiều nên việc điều tiết không gặp nhiều khó khăn.",
                 "Bà con thu hoạch lúa không gặp khó khăn gì vì trời nắng ráo.",
                 "Đội tuyển không gặp bất kỳ áp lực nào trong trận mở màn.",
                 "Giá vé xe khách dịp lễ không quá cao so với ngày thường.",
                 "Bãi biển Cửa Lò chiều nay không quá đông nên du khách thoải mái tắm biển.",
                 "Nhờ di dời kịp thời, các hộ dân không bị ảnh hưởng bởi đợt lũ.",
                 "Nhờ phát hiện sớm, người dân chưa phải chịu bất kỳ thiệt hại nào.",
                 "Sản lượng hàng qua cảng năm nay chưa vượt quá năng lực thông qua của cảng."):
        assert items(text) == [], text
    # no cue after the denial: "chưa" keeps its lack; and a difficulty met stays
    assert len(items("Nhiều hộ dân chưa gặp được cán bộ xã để phản ánh việc cấp sổ đỏ.")) == 1
    assert len(items("Doanh nghiệp gặp nhiều khó khăn do thiếu vốn lưu động.")) == 1


def test_a_remedy_acting_on_a_qualified_act_is_a_task():
    # obst25: the remedy verb stands before the act that "trái phép" qualifies
    for text in ("Các tổ chốt trực 24/24, ngăn chặn người xuất nhập cảnh trái phép qua biên giới.",
                 "Huyện phối hợp với Biên phòng ngăn chặn người nhập cảnh trái phép, không để lọt dịch."):
        assert items(text) == [], text
    # the act reported stays, and so does the task named as a noun that is itself hard
    assert len(items("Đồn Biên phòng bắt giữ 5 người nhập cảnh trái phép từ Campuchia.")) == 1
    assert len(items("Nhiều đối tượng vẫn khai thác cát trái phép trên sông Lô về đêm.")) == 1
    assert len(items("Xã có đường biên dài nên công tác ngăn chặn người xuất nhập cảnh trái phép "
                     "tại đây là hết sức khó khăn.")) == 1


def test_trong_truong_hop_states_a_condition():
    # obst25: like "nếu", unless it points at a case told ("trong trường hợp này, …")
    assert items("Đại diện Điện lực tỉnh chia sẻ, trong trường hợp khách hàng còn nợ tiền điện, đơn vị này "
                 "sẽ có thông báo tiền điện qua tin nhắn, từ email hoặc qua ứng dụng chăm sóc khách hàng.") == []
    assert len(items("Trong trường hợp này, doanh nghiệp gặp nhiều khó khăn về vốn lưu động.")) == 1


def test_a_share_or_an_index_that_falls_is_a_market_obstacle():
    assert len(items("Phiên chiều nay, các cổ phiếu ngân hàng đều giảm sàn.")) == 1
    assert len(items("Cuối phiên, toàn bộ các chỉ số trên sàn Hà Nội đều giảm sâu.")) == 1
    assert items("Cổ phiếu của Công ty CP Thủy điện Nậm Mu có biến động tăng giảm không lớn.") == []


def test_an_epidemic_start_that_dates_the_sentence_is_a_backdrop():
    # obst27: "khi dịch bệnh bùng phát" opening a sentence dates it, it reports no new difficulty
    for text in ("Ngay khi dịch bệnh bùng phát, Công ty Xăng dầu Lai Châu đã xây dựng các kịch bản ứng phó.",
                 "Kể từ khi đại dịch bùng phát, hợp tác xã chuyển sang bán nông sản qua mạng.",
                 "Lượng khách đã trở lại gần bằng năm 2019, khi dịch Covid-19 chưa xuất hiện."):
        assert items(text) == [], text
    # what follows it is told, and so is an outbreak after "thì" or a state that goes on
    assert [t for t, _ in items("Từ khi dịch Covid-19 bùng phát, nhiều nhà nghỉ ở Sa Pa phải đóng cửa.")] \
        == ["nhiều nhà nghỉ ở Sa Pa phải đóng cửa"]
    assert len(items("Sau khi về nước được hai tuần thì dịch bệnh bùng phát làm mọi dự định bị đảo lộn.")) == 1
    assert len(items("Giá cao su giảm mạnh khi tỉnh đang phải vật lộn với đợt bùng phát dịch lớn nhất.")) == 1
