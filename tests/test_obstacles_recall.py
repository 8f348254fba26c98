"""Obstacles stated in constructions the cue rules once missed or spanned too widely."""

from newsmine.facts.obstacles import obstacles_in_sentence


def items(text):
    return [o.text for o in obstacles_in_sentence(text, 0, len(text))]


def test_what_a_concession_concedes_is_reported():
    assert items("Mặc dù giá phân bón tăng cao, nhưng nông dân trong xã vẫn mở rộng diện tích lúa.") \
        == ["giá phân bón tăng cao"]
    assert items("Năm nay, mặc dù nguồn vốn được phân bổ chậm, huyện vẫn hoàn thành 12 công trình.") \
        == ["nguồn vốn được phân bổ chậm"]
    assert items("Tuy nhiều tuyến đường bị sạt lở song lực lượng cứu hộ đã tiếp cận khu vực bị cô lập.") \
        == ["nhiều tuyến đường bị sạt lở"]


def test_nevertheless_opens_a_report_not_a_concession():
    assert items("Mặc dù vậy, nhiều hộ dân ở vùng cao vẫn thiếu nước sinh hoạt.") \
        == ["nhiều hộ dân ở vùng cao vẫn thiếu nước sinh hoạt"]


def test_a_concession_keeps_its_other_filters():
    assert items("Dù có nhiều khó khăn nhưng xã vẫn về đích nông thôn mới đúng hạn.") == []
    assert items("Mặc dù không có thiệt hại về người, nhưng nhiều hộ dân vẫn lo lắng.") == []


def test_a_problem_after_the_turn_of_a_concession_is_the_one_reported():
    assert items("Dù lực lượng chức năng đã vào cuộc nhưng bãi gỗ vẫn bị đốt và tẩu tán.") \
        == ["bãi gỗ vẫn bị đốt và tẩu tán"]


def test_a_failure_to_comply_is_a_legal_obstacle():
    text = "Tuy nhiên, chủ trạm cân không hợp tác, không ký biên bản làm việc với đoàn kiểm tra."
    found = obstacles_in_sentence(text, 0, len(text))
    assert [(o.text, o.category) for o in found] == [
        ("chủ trạm cân không hợp tác, không ký biên bản làm việc với đoàn kiểm tra", "legal")]
    assert items("Đoàn kiểm tra phát hiện cửa hàng không niêm yết giá bán các mặt hàng thiết yếu.") \
        == ["cửa hàng không niêm yết giá bán các mặt hàng thiết yếu"]
    assert items("Nhiều hành khách không khai báo y tế khi về từ vùng dịch.") \
        == ["Nhiều hành khách không khai báo y tế khi về từ vùng dịch"]


def test_going_without_a_mask_is_a_breach_of_habit():
    text = "Tại bãi biển, nhiều du khách vẫn không đeo khẩu trang khi tụ tập đông người."
    found = obstacles_in_sentence(text, 0, len(text))
    assert [(o.text, o.category) for o in found] == [
        ("nhiều du khách vẫn không đeo khẩu trang khi tụ tập đông người", "awareness")]
    assert items("Xử lý nghiêm các trường hợp không đeo khẩu trang nơi công cộng.") == []


def test_a_duty_to_comply_or_no_report_at_all_is_no_failure():
    assert items("Xử lý nghiêm các trường hợp không khai báo y tế.") == []
    assert items("Không báo cáo nào chỉ ra tác hại của thủy điện đối với hạ du.") == []


def test_a_turn_to_something_else_ends_the_obstacle():
    assert items("Lượng khách quốc tế giảm mạnh nhưng ngành du lịch tỉnh đã sẵn sàng đón khách trở lại.") \
        == ["Lượng khách quốc tế giảm mạnh"]
    assert items("Tổ hợp tác thiếu vốn sản xuất, thế nhưng các thành viên quyết tâm mở rộng diện tích.") \
        == ["Tổ hợp tác thiếu vốn sản xuất"]


def test_a_paradox_or_a_problem_after_the_turn_stays_in_the_obstacle():
    assert items("Nhiều hộ nghèo thiếu đất sản xuất nhưng vẫn chưa được huyện hỗ trợ chuyển đổi nghề.") \
        == ["Nhiều hộ nghèo thiếu đất sản xuất nhưng vẫn chưa được huyện hỗ trợ chuyển đổi nghề"]
    assert items("Xã đã báo cáo vụ việc từ năm 2023 nhưng đến nay huyện chưa có văn bản chỉ đạo.") \
        == ["Xã đã báo cáo vụ việc từ năm 2023 nhưng đến nay huyện chưa có văn bản chỉ đạo"]


def test_a_name_or_in_parallel_is_no_turn():
    assert items("Nhiều hộ dân thiếu nước sinh hoạt trong khi Song Hà được cấp nước đầy đủ.") \
        == ["Nhiều hộ dân thiếu nước sinh hoạt trong khi Song Hà được cấp nước đầy đủ"]
    assert items("Xã thiếu giáo viên tiếng Anh song song với số học sinh tăng nhanh mỗi năm.") \
        == ["Xã thiếu giáo viên tiếng Anh song song với số học sinh tăng nhanh mỗi năm"]


def test_a_difficulty_followed_by_examples_after_nhu_is_no_heading():
    # the colon opens examples of the parties, not a list of difficulties
    text = ("Hạ tầng thông tin về thị trường nông sản của tỉnh còn hạn chế, thiếu khả năng kết nối "
            "giữa các bên có nhu cầu như: hợp tác xã, thương lái, doanh nghiệp chế biến.")
    assert items(text) == ["Hạ tầng thông tin về thị trường nông sản của tỉnh còn hạn chế",
                           "thiếu khả năng kết nối giữa các bên có nhu cầu"]
    # a heading whose last cue names the difficulties generally still announces them
    text = ("Công tác phòng chống thiên tai của huyện còn tồn tại những hạn chế như: hệ thống cảnh báo "
            "ở vùng sâu chưa đồng bộ; nhiều hộ dân chưa chủ động gia cố nhà cửa.")
    assert items(text) == ["hệ thống cảnh báo ở vùng sâu chưa đồng bộ",
                           "nhiều hộ dân chưa chủ động gia cố nhà cửa"]


def test_a_hedged_cause_of_what_happened_is_reported():
    text = "Có thể do hệ thống cống chưa được nạo vét nên nước rút chậm, nhiều tuyến phố ngập sâu."
    assert items(text) == ["hệ thống cống chưa được nạo vét nên nước rút chậm", "nhiều tuyến phố ngập sâu"]
    assert items("Lãnh đạo xã cho rằng, có thể vì thiếu kinh phí nên công trình chậm tiến độ.") \
        == ["thiếu kinh phí nên công trình chậm tiến độ"]
    # a risk that has not happened stays out
    assert items("Nếu mưa kéo dài, tuyến đường lên bản có thể bị sạt lở.") == []
    assert items("Trong những ngày tới, giá lúa có thể giảm mạnh.") == []



def test_a_trimmed_opener_never_splits_a_word():
    # "hiện" is trimmed as "currently", but not out of "hiện tượng" or "hiện trường"
    assert items("Hiện tượng xe chở hàng quá tải vẫn diễn ra trên quốc lộ 6.") \
        == ["Hiện tượng xe chở hàng quá tải vẫn diễn ra trên quốc lộ 6"]
    assert items("Hiện nhiều tuyến đường liên xã bị sạt lở.") == ["nhiều tuyến đường liên xã bị sạt lở"]
    assert items("Hiện tình hình dịch bệnh trên đàn lợn còn diễn biến phức tạp.") \
        == ["tình hình dịch bệnh trên đàn lợn còn diễn biến phức tạp"]
    # a discourse compound is trimmed whole, not down to its second syllable
    assert items("Như vậy, mỗi tháng huyện có hơn 30 hợp tác xã ngừng hoạt động.") \
        == ["mỗi tháng huyện có hơn 30 hợp tác xã ngừng hoạt động"]
    assert items("Do đó nhiều hộ dân vẫn thiếu nước sinh hoạt.") == ["nhiều hộ dân vẫn thiếu nước sinh hoạt"]


def test_a_bracketed_aside_closing_the_clause_is_no_part_of_the_obstacle():
    assert items("Nguồn vốn đầu tư công giải ngân chậm (nhất là khi giá vật liệu tăng cao).") \
        == ["Nguồn vốn đầu tư công giải ngân chậm"]
    assert items("Nhiều ô tô ùn tắc ở cửa ngõ phía Bắc thành phố (Ảnh: Minh Hà).") \
        == ["Nhiều ô tô ùn tắc ở cửa ngõ phía Bắc thành phố"]
    # a place in brackets inside the clause and an abbreviation closing it stay
    assert items("Đường tỉnh 279 (đoạn qua xã Năng Khả) bị sạt lở nặng.") \
        == ["Đường tỉnh 279 (đoạn qua xã Năng Khả) bị sạt lở nặng"]
    assert items("Nhà thầu chưa khắc phục các khuyến cáo của tư vấn an toàn hệ thống (ACT).") \
        == ["Nhà thầu chưa khắc phục các khuyến cáo của tư vấn an toàn hệ thống (ACT)"]


def test_a_subject_of_two_nouns_of_one_kind_is_not_cut_at_its_comma():
    assert items("Cơ chế, chính sách về đất đai của tỉnh còn chưa đồng bộ.") \
        == ["Cơ chế, chính sách về đất đai của tỉnh còn chưa đồng bộ"]
    assert items("Nhiều công trình, nhà ở của người dân ven sông đã xuống cấp nghiêm trọng.") \
        == ["Nhiều công trình, nhà ở của người dân ven sông đã xuống cấp nghiêm trọng"]
    # an opener before the comma is still no part of the obstacle
    assert items("Theo phản ánh của thương lái, giá phân bón tăng cao.") == ["giá phân bón tăng cao"]
    assert items("Năm 2024, huyện thiếu 120 giáo viên tiểu học.") == ["Năm 2024, huyện thiếu 120 giáo viên tiểu học"]


def test_businesses_closing_or_leaving_the_market_are_obstacles():
    assert items("Trong quý I, toàn tỉnh có 215 doanh nghiệp rút lui khỏi thị trường.") \
        == ["toàn tỉnh có 215 doanh nghiệp rút lui khỏi thị trường"]
    assert items("Ông Hòa cho biết, cơ sở chế biến của gia đình đã tạm ngừng kinh doanh từ tháng 3.") \
        == ["cơ sở chế biến của gia đình đã tạm ngừng kinh doanh từ tháng 3"]


def test_a_trade_thrown_into_hardship_is_an_obstacle():
    assert items("Giá thức ăn tăng liên tục khiến nhiều hộ nuôi lợn ở huyện Yên Thành điêu đứng.") \
        == ["Giá thức ăn tăng liên tục khiến nhiều hộ nuôi lợn ở huyện Yên Thành điêu đứng"]
    assert items("Đợt mưa lũ kéo dài khiến các nhà vườn trồng hoa ở phường Nghi Thu lao đao.") \
        == ["Đợt mưa lũ kéo dài khiến các nhà vườn trồng hoa ở phường Nghi Thu lao đao"]


def test_going_beyond_a_limit_is_an_obstacle():
    assert items("Kết quả quan trắc cho thấy nước thải của cơ sở có hàm lượng amoni vượt quá quy chuẩn.") \
        == ["nước thải của cơ sở có hàm lượng amoni vượt quá quy chuẩn"]
    assert items("Nhiều hộ dân cho rằng giá thuê phòng trọ gần khu công nghiệp vượt quá khả năng chi trả.") \
        == ["giá thuê phòng trọ gần khu công nghiệp vượt quá khả năng chi trả"]
    assert items("Xã đã cho phép 6 hộ giao đất trồng rừng vượt hạn mức.") \
        == ["Xã đã cho phép 6 hộ giao đất trồng rừng vượt hạn mức"]
    # a depth or a speed beyond what people can do is no limit broken
    assert items("Thiết bị lặn này đưa người xuống độ sâu vượt quá khả năng lặn thông thường.") == []



def test_a_fall_of_what_a_holder_earns_or_sells_is_an_obstacle():
    assert items("Năm 2024, doanh thu của hợp tác xã chè Tân Cương giảm 20% so với năm trước.") \
        == ["doanh thu của hợp tác xã chè Tân Cương giảm 20% so với năm trước"]
    assert items("Do mưa bão kéo dài, lượng khách đến thị xã trong dịp lễ giảm rõ rệt.") \
        == ["lượng khách đến thị xã trong dịp lễ giảm rõ rệt"]
    # a fall of a cost or of cases is good news, a cut someone makes is no fall
    assert items("Nhờ cơ giới hóa, chi phí sản xuất lúa của nông dân giảm đáng kể.") == []
    assert items("Số ca mắc sốt xuất huyết trên địa bàn tỉnh giảm 30% so với cùng kỳ.") == []
    assert items("Các khách sạn ở Cửa Lò giảm giá phòng để thu hút du khách.") == []
    # the nearest quantity before the fall is the one that falls
    assert items("Lợi nhuận của công ty tăng mạnh trong khi chi phí vận chuyển giảm.") == []


def test_an_activity_or_a_compound_holding_a_negator_is_a_noun():
    # "việc thanh tra, kiểm tra" is the activity that is the problem, not a check being ordered
    assert items("Việc thanh tra, kiểm tra doanh nghiệp còn chồng chéo, nội dung trùng lặp.") \
        == ["Việc thanh tra, kiểm tra doanh nghiệp còn chồng chéo, nội dung trùng lặp"]
    # medical imaging, not the "hình ảnh" that opens a photo
    assert items("Trung tâm y tế huyện có nhiều máy chẩn đoán hình ảnh đã hư hỏng.") \
        == ["Trung tâm y tế huyện có nhiều máy chẩn đoán hình ảnh đã hư hỏng"]
    # a check that is ordered still governs what it looks for
    assert items("Tăng cường thanh tra, kiểm tra, xử lý các trường hợp vi phạm.") == []


def test_one_can_name_lists_the_problems_it_names():
    # "có thể kể đến" names the examples that follow: no possibility, and not part of the span
    assert items("Trong đó có thể kể đến thủ tục thẩm định dự án rườm rà.") \
        == ["thủ tục thẩm định dự án rườm rà"]
    assert items("Nguyên nhân có thể kể tới là nguồn vốn đối ứng của huyện còn thiếu.") \
        == ["nguồn vốn đối ứng của huyện còn thiếu"]
    # a plain "có thể" still makes a risk that has not happened
    assert items("Mưa lớn kéo dài có thể gây sạt lở ở các xã vùng cao.") == []


def test_counterfeit_goods_and_extortion_are_legal_obstacles():
    text = "Qua kiểm tra, lực lượng quản lý thị trường phát hiện cửa hàng bày bán sữa giả."
    found = obstacles_in_sentence(text, 0, len(text))
    assert [(o.text, o.category) for o in found] == [("cửa hàng bày bán sữa giả", "legal")]
    assert items("Nhiều bệnh nhân ở huyện miền núi đã bị bán thuốc giả trong nhiều tháng.") \
        == ["Nhiều bệnh nhân ở huyện miền núi đã bị bán thuốc giả trong nhiều tháng"]
    assert items("Nhóm đối tượng cho vay lãi nặng, cưỡng đoạt tài sản của nhiều tiểu thương ở chợ huyện.") \
        == ["cưỡng đoạt tài sản của nhiều tiểu thương ở chợ huyện"]
    # a campaign against fakes is a task, not a problem found
    assert items("Tỉnh đẩy mạnh phòng, chống buôn bán thuốc giả, hàng nhái.") == []


def test_a_cost_that_is_high_is_an_obstacle():
    text = "Theo các hợp tác xã, chi phí vận chuyển nông sản về thành phố rất cao."
    found = obstacles_in_sentence(text, 0, len(text))
    assert [(o.text, o.category) for o in found] == [
        ("chi phí vận chuyển nông sản về thành phố rất cao", "funding")]
    assert items("Tuy nhiên, chi phí lắp đặt cao khiến nhiều hộ dân chưa mặn mà với điện mặt trời.") \
        == ["chi phí lắp đặt cao khiến nhiều hộ dân chưa mặn mà với điện mặt trời"]
    # "cao" is no burden without a cost before it, nor once the cost is low or raises something
    assert items("Sản phẩm của hợp tác xã được khách hàng đánh giá rất cao.") == []
    assert items("Nhờ chi phí thấp nhưng năng suất cao, mô hình được nhân rộng.") == []
    assert items("Huyện dành chi phí lớn để nâng cao chất lượng đội ngũ giáo viên.") == []


def test_what_is_hard_to_do_is_an_obstacle():
    # obstrec15: "khó" before a verb of doing or managing, beside "khó tiếp cận"
    assert items("Nhiều bãi tập kết cát nằm ven sông xa trung tâm xã nên khó kiểm tra, giám sát.") \
        == ["Nhiều bãi tập kết cát nằm ven sông xa trung tâm xã nên khó kiểm tra, giám sát"]
    assert items("Hợp tác xã sản xuất nhỏ lẻ nên khó đáp ứng các đơn hàng xuất khẩu.") \
        == ["Hợp tác xã sản xuất nhỏ lẻ nên khó đáp ứng các đơn hàng xuất khẩu"]


def test_what_is_not_hard_and_what_is_hard_to_notice_are_not_obstacles():
    assert items("Không khó để bắt gặp những cánh đồng lúa chín vàng dọc quốc lộ.") == []
    assert items("Bệnh thường khó phát hiện ở giai đoạn đầu vì ít triệu chứng.") == []
    # "gỡ khó" removes a difficulty, as "tháo gỡ" does
    assert items("Gỡ khó vay vốn cho hợp tác xã nuôi tôm ven biển.") == []
    assert items("Hợp tác xã nuôi tôm ven biển khó vay vốn ngân hàng.") \
        == ["Hợp tác xã nuôi tôm ven biển khó vay vốn ngân hàng"]


def test_a_victim_of_fraud_or_theft_is_a_legal_obstacle():
    # obstrec15: "bị" before a verb of fraud, theft, threat or a leak
    text = "Nhiều người dân trong xã chuyển tiền qua ứng dụng rồi mới biết mình bị lừa."
    found = obstacles_in_sentence(text, 0, len(text))
    assert [(o.text, o.category) for o in found] == [
        ("Nhiều người dân trong xã chuyển tiền qua ứng dụng rồi mới biết mình bị lừa", "legal")]
    assert items("Gạo đặc sản của huyện bị làm giả bao bì để bán tại các chợ đầu mối.") \
        == ["Gạo đặc sản của huyện bị làm giả bao bì để bán tại các chợ đầu mối"]


def test_a_request_or_a_paper_that_never_came_is_an_obstacle():
    # "không được" before a verb of serving or answering: what someone did not receive (obst18)
    assert items("Hồ sơ xin cấp phép của hợp tác xã nộp lên huyện đã ba tháng mà không được giải "
                 "quyết.") == [("Hồ sơ xin cấp phép của hợp tác xã nộp lên huyện đã ba tháng mà "
                                "không được giải quyết")]
    assert items("Các hộ dân trong thôn không được thông báo về mức phí thu gom rác mới.") \
        == ["Các hộ dân trong thôn không được thông báo về mức phí thu gom rác mới"]
    assert items("Nhiều học viên học xong không được cấp bằng tốt nghiệp.") \
        == ["Nhiều học viên học xong không được cấp bằng tốt nghiệp"]
    # a goal disallowed or a sovereignty claim not recognised is no such request
    assert items("Bàn thắng của tiền đạo đội khách không được công nhận vì việt vị.") == []


def test_a_passive_with_its_person_agent_reports_neglect():
    # "không được" + a person + a verb: what the people named did not give (obstneg33)
    assert items("Những quy định về phân loại rác tại khu chợ không được người dân quan tâm.") \
        == ["Những quy định về phân loại rác tại khu chợ không được người dân quan tâm"]
    assert items("Nhiều tiểu thương ở chợ cũ không được ai giải thích về mức phí thuê ki-ốt mới.") \
        == ["Nhiều tiểu thương ở chợ cũ không được ai giải thích về mức phí thuê ki-ốt mới"]
    # a prohibition ("không được" + a verb) is no such report
    assert items("Theo quy định, học sinh không được mang điện thoại vào phòng thi.") == []


def test_a_traffic_jam_is_an_infrastructure_obstacle():
    assert items("Từ sáng sớm, đường từ thành phố về các tỉnh miền Tây đã kẹt cứng.") == [
        "đường từ thành phố về các tỉnh miền Tây đã kẹt cứng"]
    assert items("Cảnh kẹt xe kéo dài hơn 3 km trên quốc lộ qua thị trấn.") == [
        "Cảnh kẹt xe kéo dài hơn 3 km trên quốc lộ qua thị trấn"]
    assert items("Nhiều người leo lên vỉa hè để tránh kẹt xe.") == []


def test_a_disaster_named_as_a_state_is_reported():
    # "tình trạng/tình hình" holds the disaster: a state the article reports (obstacle_cue_holders.tsv)
    assert items("Tình trạng lũ lụt ở các xã ven sông Lam khiến nhiều hộ dân phải sơ tán.") \
        == ["Tình trạng lũ lụt ở các xã ven sông Lam khiến nhiều hộ dân phải sơ tán"]
    assert items("Chủ tịch tỉnh đã về huyện thị sát tình hình bão lũ nghiêm trọng.") \
        == ["Chủ tịch tỉnh đã về huyện thị sát tình hình bão lũ nghiêm trọng"]
    # named alone the disaster is a time, a place or a plan
    assert items("Sau bão lũ, các trường học trong huyện đã đón học sinh trở lại.") == []
    assert items("Tỉnh tăng cường công tác phòng chống thiên tai trong mùa mưa.") == []


def test_a_denial_reaches_up_to_a_turn_of_contrast():
    # "not this but that": the clause after "nhưng" or "mà là" reports a difficulty of its own
    assert items("Vụ cháy không gây thiệt hại về người nhưng đã khiến mái che của chợ bị hư hại.") \
        == ["đã khiến mái che của chợ bị hư hại"]
    assert items("Theo ông Hải, lãi suất không phải là rào cản mà là do sức mua của người dân còn "
                 "yếu.") == ["do sức mua của người dân còn yếu"]
    # a risk or a condition is no denial, and a denial after the turn still holds
    assert items("Mưa lớn có thể gây thiệt hại nhưng thiếu số liệu để dự báo chính xác.") == []
    assert items("Vụ cháy không gây thiệt hại về người nhưng cũng không gây hư hại tài sản.") == []


def test_a_burden_said_to_stand_at_a_high_level_is_reported():
    # "ở mức cao" states a level: a burden after a price, a stock or a fee (obstacle_directions.tsv)
    assert items("Giá phân bón tại các đại lý trong huyện vẫn ở mức cao.") \
        == ["Giá phân bón tại các đại lý trong huyện vẫn ở mức cao"]
    assert items("Lượng hàng tồn kho của các hợp tác xã đang ở mức cao.") \
        == ["Lượng hàng tồn kho của các hợp tác xã đang ở mức cao"]
    # good news when what stands high is earned or traded, and "ở mức cao nhất" is a best effort
    assert items("Thanh khoản trên sàn chứng khoán hôm nay ở mức cao.") == []
    assert items("Thu nhập của người trồng cà phê năm nay ở mức cao.") == []
    assert items("Tỉnh phấn đấu hoàn thành ở mức cao nhất các chỉ tiêu được giao.") == []


def test_an_inability_to_do_a_duty_is_an_obstacle():
    # "không" + a verb of a duty or a goal + "được/nổi" (obstacle_inability_verbs.txt, filter33)
    assert items("Đến nay, chi cục thi hành án vẫn không thu hồi được khoản nợ của doanh nghiệp.") \
        == ["chi cục thi hành án vẫn không thu hồi được khoản nợ của doanh nghiệp"]
    assert items("Vụ này, nhiều hộ trồng dưa ở xã ven sông không bán được hàng.") \
        == ["nhiều hộ trồng dưa ở xã ven sông không bán được hàng"]
    # a person's reach is narrative, and "hàng không" is an airline
    assert items("Suốt đêm, gia đình không liên lạc được với anh trai đang đi biển.") == []
    assert items("Hãng hàng không thực hiện được 20 chuyến bay trong ngày.") == []


def test_a_state_of_affairs_that_occurs_or_is_faced_is_an_obstacle():
    # "tình trạng" as its clause's subject or after "còn/xảy ra/diễn ra/lâm vào/rơi vào/trước"
    assert items("Trên tuyến tỉnh lộ 8 đã xảy ra tình trạng xe tải chở cát rơi vãi xuống mặt đường.") != []
    assert items("Nhiều hợp tác xã ở huyện lâm vào tình trạng nợ đọng kéo dài nhiều năm.") != []
    assert items("Tình trạng lấn chiếm vỉa hè để buôn bán diễn ra ở nhiều phường.") != []
    # pointing back, a forecast, an object of another verb
    assert items("Tình trạng trên cũng xuất hiện ở một số xã vùng ven.") == []
    assert items("Nếu không có giải pháp, tình trạng nghỉ học sẽ còn tiếp diễn.") == []


def test_a_state_that_eases_or_is_one_patients_is_no_obstacle():
    # a state that eases or holds, unless denied
    assert items("Sau hai ngày điều trị, tình trạng sưng tấy ở chân đã giảm rõ rệt.") == []
    assert items("Tình trạng xe công nông chạy vào nội thị ở phường đã được cải thiện.") == []
    # one person's condition in a clinical account (the gold marks it at most optional)
    assert items("Sau ca mổ, tình trạng bệnh nhân H. vẫn được theo dõi sát tại khoa hồi sức.") == []
    assert items("Nhập viện trong đêm, cụ ông rơi vào tình trạng hôn mê sâu.") == []
    assert items("Trước tình trạng bệnh, anh được chuyển lên tuyến trên để điều trị.") == []
    assert items("Tình trạng sốt cao của cháu kéo dài suốt ba ngày liền.") == []
    assert items("Tình trạng bệnh vẫn không thuyên giảm dù đã uống thuốc nhiều tháng.") == []
    # a body's state, as health advice tells it
    assert items("Tình trạng loét niêm mạc dạ dày kéo dài dễ dẫn tới nhiều biến chứng.") == []
    # sold out, a seller's good news; a fire stays
    assert items("Dịp lễ, tình trạng \"cháy phòng\" xảy ra ở hầu hết khách sạn ven biển.") == []
    assert items("Mùa khô, tình trạng cháy rừng xảy ra ở nhiều tiểu khu.") != []
    # a quantity whose rise is good news
    assert items("Trước tình trạng lượng khách đổ về khu du lịch ngày một đông, ban quản lý mở thêm bãi xe.") == []


def test_a_sanction_imposed_is_a_legal_obstacle():
    # a sanction in force, after a verb that imposes or suffers it (obstacle_cue_holders.tsv)
    text = "Thị trường nhập khẩu chính của hợp tác xã đang chịu lệnh trừng phạt từ nhiều nước."
    found = obstacles_in_sentence(text, 0, len(text))
    assert [o.category for o in found] == ["legal"]
    assert items("Năm ngoái, nước bạn áp đặt trừng phạt đối với các lô hàng gỗ chưa rõ xuất xứ.") != []


def test_a_sanction_threatened_planned_or_lifted_is_none():
    assert items("Đối tác đưa ra lời đe dọa trừng phạt nếu lô hàng giao trễ.") == []
    assert items("Hai bên đang thảo luận một gói trừng phạt mới đối với các tàu chở hàng của nước này.") == []
    assert items("Bộ trưởng cho biết nước này có thể gỡ bỏ các lệnh trừng phạt trong năm nay.") == []


def test_a_conflict_that_drags_on_is_an_obstacle():
    assert items("Cuộc xung đột ở khu vực biên giới vẫn tiếp tục kéo dài.") != []
    assert items("Lễ hội kéo dài ba ngày với nhiều hoạt động văn hóa, thể thao.") == []
