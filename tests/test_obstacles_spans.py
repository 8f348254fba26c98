"""Obstacles: the span of one obstacle told in several comma parts, and one told again (the body\nretelling its headline)."""

from newsmine.facts import extract_facts
from newsmine.facts.obstacles import obstacles_in_sentence, retells


def items(text):
    return [o.text for o in obstacles_in_sentence(text, 0, len(text))]


def test_a_part_that_heightens_or_narrows_the_obstacle_stays_in_its_span():
    # "thậm chí …" heightens what the subject did: one obstacle, not a second one
    assert items("Một số thanh niên ra đường chưa đội mũ bảo hiểm, thậm chí vi phạm cả luật giao "
                 "thông.") == [("Một số thanh niên ra đường chưa đội mũ bảo hiểm, thậm chí vi phạm "
                               "cả luật giao thông")]
    assert items("Nhiều hộ kinh doanh còn thiếu ý thức, thậm chí cố tình không khai báo y tế.") == [
        "Nhiều hộ kinh doanh còn thiếu ý thức, thậm chí cố tình không khai báo y tế"]
    # "nhất là …" narrows it to where it is worst
    assert items("Dịch bệnh diễn biến phức tạp, nhất là ở các xã biên giới có người nhập cảnh trái "
                 "phép.") == [("Dịch bệnh diễn biến phức tạp, nhất là ở các xã biên giới có người "
                              "nhập cảnh trái phép")]


def test_two_obstacles_of_their_own_are_still_two():
    assert len(items("Nhiều xã còn thiếu giáo viên, 11 phòng học bị sập.")) == 2


def first(text):
    return obstacles_in_sentence(text, 0, len(text))[0]


def test_the_body_telling_the_headline_again_is_the_same_obstacle():
    headline = first("Nhóm người nước ngoài nhập cảnh trái phép")
    assert retells(headline, first("Công an huyện đang xác minh vụ 7 người nước ngoài nhập cảnh trái "
                                   "phép vào Việt Nam qua đường mòn."))
    # another group, told with few of the headline's words, is an obstacle of its own
    assert not retells(headline, first("Một nhóm khác cũng nhập cảnh trái phép tại xã biên giới."))
    # the same words with another cue tell another difficulty
    assert not retells(first("Nhiều tuyến đường bị sạt lở"),
                       first("Nhiều tuyến đường vẫn thiếu biển báo."))


def test_the_body_retelling_the_headline_takes_its_place():
    text = ("Hàng chục ngôi nhà ở Mường Lát bị lũ cuốn trôi\n\nTrận lũ quét đêm 12/8 khiến hàng chục "
            "ngôi nhà ở các bản vùng cao của huyện Mường Lát bị cuốn trôi hoàn toàn. Tuyến đường vào "
            "xã cũng bị sạt lở nặng.")
    assert [o.text for o in extract_facts(text).obstacles] == [
        ("Trận lũ quét đêm 12/8 khiến hàng chục ngôi nhà ở các bản vùng cao của huyện Mường Lát bị "
         "cuốn trôi hoàn toàn"),
        "Tuyến đường vào xã cũng bị sạt lở nặng"]


def test_a_short_headline_names_a_place_not_one_event():
    headline = first("Sạt lở Trà Leng")
    assert not retells(headline, first("Vụ sạt lở núi ở Trà Leng làm vùi lấp nhiều ngôi nhà."))


def test_examples_after_a_general_difficulty_are_obstacles_of_their_own():
    # "bao gồm"/"như" after "một số thách thức", "nhiều rào cản" opens the difficulties themselves
    assert items("Việc chuyển đổi sang xe điện vẫn đối mặt với một số thách thức, bao gồm giá pin "
                 "còn cao và trạm sạc còn thiếu.") == [
        "Việc chuyển đổi sang xe điện vẫn đối mặt với một số thách thức",
        "giá pin còn cao và trạm sạc còn thiếu"]
    assert "trình độ tay nghề hạn chế" in items(
        "Lao động nông thôn còn đối mặt với nhiều rào cản như trình độ tay nghề hạn chế, thiếu "
        "thông tin về việc làm.")
    # "cũng như" joins, and "tồn tại như thế" compares: neither opens examples
    assert items("Nhiều hộ vẫn gặp khó khăn cũng như thiếu vốn để tái sản xuất.") == [
        "Nhiều hộ vẫn gặp khó khăn cũng như thiếu vốn để tái sản xuất"]


def test_a_subject_opened_by_viec_is_not_cut_at_its_comma():
    # the nouns before the comma are the subject's own, not an opener to drop
    assert items("Việc dồn lớp, ghép điểm trường làm sĩ số tăng cao, gây khó khăn cho giáo viên.")[0] \
        .startswith("Việc dồn lớp, ghép điểm trường")
    assert items("Việc xây dựng hạ tầng, nền tảng dữ liệu của ngành còn hạn chế.") == [
        "Việc xây dựng hạ tầng, nền tảng dữ liệu của ngành còn hạn chế"]
    # a verb of saying still makes the part an attribution to drop
    assert items("Việc này, theo ông Hùng cho biết, nhiều hộ còn thiếu vốn.") == [
        "nhiều hộ còn thiếu vốn"]


def test_a_frame_with_no_cue_before_khi_is_no_part_of_the_obstacle():
    assert items("Khu du lịch sinh thái của xã buộc phải cho nhân viên nghỉ luân phiên khi lượng khách sụt giảm mạnh.") \
        == ["lượng khách sụt giảm mạnh"]
    assert items("Nhiều doanh nghiệp vận tải đã phải bán bớt xe khi giá nhiên liệu tăng cao.") \
        == ["giá nhiên liệu tăng cao"]
    assert items("Nhiều doanh nghiệp vận tải đã phải bán bớt xe khi mà giá nhiên liệu tăng cao.") \
        == ["giá nhiên liệu tăng cao"]
    # a "khi" of a time frames nothing, a cue before the link keeps the whole clause, a "vì" stays
    assert items("Bà con trong xã đành để hành tím trong nhà vì bị thương lái ép giá.") \
        == ["Bà con trong xã đành để hành tím trong nhà vì bị thương lái ép giá"]
    assert items("Người dân trong xóm phải dọn đồ đi nơi khác ngay sau khi bờ kè bị sạt lở nghiêm trọng.") \
        == ["Người dân trong xóm phải dọn đồ đi nơi khác ngay sau khi bờ kè bị sạt lở nghiêm trọng"]
    assert items("Nhiều hộ dân thiếu vốn sản xuất khi giá vật tư tăng.") \
        == ["Nhiều hộ dân thiếu vốn sản xuất khi giá vật tư tăng"]


def test_the_backdrop_after_an_obstacle_is_cut_from_its_span():
    # "trong bối cảnh …" tells what the obstacle happens against, not the obstacle
    assert items("Giá hồ tiêu trong nước tiếp tục chịu nhiều áp lực trong bối cảnh nguồn cung từ các nước "
                 "xuất khẩu khác dồi dào.") == ["Giá hồ tiêu trong nước tiếp tục chịu nhiều áp lực"]
    # a backdrop that holds a difficulty of its own keeps its cue in the span
    assert "dịch bệnh diễn biến phức tạp" in items(
        "Doanh nghiệp gặp khó khăn về vốn trong bối cảnh dịch bệnh diễn biến phức tạp.")[0]


def test_a_part_opened_by_a_state_of_affairs_is_an_obstacle_of_its_own():
    # "tình trạng …" after the comma names a second problem, not more of the first
    assert items("Hợp tác giữa hợp tác xã và người nuôi tôm còn lỏng lẻo, tình trạng bỏ hợp đồng khi "
                 "giá tôm biến động vẫn diễn ra.") == [
        "Hợp tác giữa hợp tác xã và người nuôi tôm còn lỏng lẻo",
        "tình trạng bỏ hợp đồng khi giá tôm biến động vẫn diễn ra"]
    # and its span keeps the state before "khi", not only the time clause after it
    assert items("Khâu tiêu thụ sản phẩm của bà con chưa ổn định, vẫn còn tình trạng bán cà phê cho "
                 "thương lái khi có chênh lệch giá.")[1] == (
        "vẫn còn tình trạng bán cà phê cho thương lái khi có chênh lệch giá")


def test_a_khi_clause_with_a_subject_of_its_own_after_the_obstacle_is_cut():
    # a quantifier or a word of tense after "khi" opens a clause of its own: when, not what
    assert items("Vào dịp cuối tuần, bãi đỗ xe của khu du lịch cũng quá tải khi hàng nghìn lượt khách "
                 "đổ về thị trấn.") == ["bãi đỗ xe của khu du lịch cũng quá tải"]
    assert items("Nguồn vốn vay ưu đãi của nhiều hộ vẫn còn thiếu khi giá vật tư nông nghiệp đã tăng "
                 "liên tục.") == ["Nguồn vốn vay ưu đãi của nhiều hộ vẫn còn thiếu"]
    # a "khi" before a verb tells in what the obstacle lies: it stays
    assert items("Nhiều hộ gặp khó khăn khi tiếp cận vốn vay ưu đãi.") == [
        "Nhiều hộ gặp khó khăn khi tiếp cận vốn vay ưu đãi"]
    assert items("Nhiều hộ dân thiếu vốn sản xuất khi giá vật tư tăng.") == [
        "Nhiều hộ dân thiếu vốn sản xuất khi giá vật tư tăng"]
    # "cho đến khi" is until, not when
    assert items("Nhiều tuyến phố vẫn bị ngập sâu cho đến khi các máy bơm đã được vận hành.") == [
        "Nhiều tuyến phố vẫn bị ngập sâu cho đến khi các máy bơm đã được vận hành"]


def test_a_passive_negation_after_nhung_starts_the_obstacle():
    # the part before "nhưng" tells what was asked; what did not come is the obstacle (obst18)
    assert items("Hội đã gửi tờ trình đề nghị miễn tiền thuê đất như tỉnh đã hứa nhưng không được "
                 "giải quyết vì vượt quá thẩm quyền.") == [
        "không được giải quyết vì vượt quá thẩm quyền"]
    assert items("Xã đã đề xuất bổ sung kinh phí làm đường nhưng chưa được phê duyệt.") \
        == ["chưa được phê duyệt"]
    # an active cue after "nhưng" keeps the subject before it
    assert items("Nhiều anh em gặp sự cố trên đường nhưng không biết cách xử lý.") \
        == ["Nhiều anh em gặp sự cố trên đường nhưng không biết cách xử lý"]


def test_song_or_tuy_nhien_after_a_comma_starts_the_obstacle():
    # like ", nhưng": the part before the turn tells what the problem stands against (obst22)
    assert items("Du lịch tỉnh đã vượt qua làn sóng dịch, tuy nhiên, nhìn chung sức mua của người dân "
                 "trở nên suy yếu.") == ["nhìn chung sức mua của người dân trở nên suy yếu"]
    assert items("Hợp tác xã đã vượt qua đợt hạn đầu năm, song nguồn nước tưới cho vụ hè thu vẫn còn "
                 "thiếu.") == ["nguồn nước tưới cho vụ hè thu vẫn còn thiếu"]
    # "song song" is "in parallel": no turn
    assert items("Xã vừa làm đường, song song đó nhiều hộ vẫn còn thiếu nước sinh hoạt.") != [
        "đó nhiều hộ vẫn còn thiếu nước sinh hoạt"]


def test_the_care_after_a_casualty_is_cut_from_its_span():
    # the harm is the obstacle; being taken to hospital is what followed it (obst22)
    assert items("Người lái xe bị thương rất nặng được người dân đưa vào bệnh viện cấp cứu.") == [
        "Người lái xe bị thương rất nặng"]
    assert items("Hai công nhân bị thương nặng, hiện đã được chuyển đến bệnh viện tỉnh để điều trị.") == [
        "Hai công nhân bị thương nặng"]
    # "được đưa" to no place of care stays
    assert items("Nhiều hộ bị thiệt hại nặng được xã đưa vào danh sách hỗ trợ.") == [
        "Nhiều hộ bị thiệt hại nặng được xã đưa vào danh sách hỗ trợ"]


def test_a_clause_ending_on_hay_khong_asks_whether():
    # an indirect yes-no question reports nothing (obstviol); "hay không có" inside one stays
    assert items("Đến nay vẫn chưa rõ vụ sạt lở có gây thiệt hại cho các hộ dân phía dưới hay không.") == []
    assert items("Nhiều xã còn thiếu giáo viên hay không có phòng học.") != []


def test_the_nen_of_tro_nen_links_no_consequence():
    text = "Tình trạng thiếu nước sinh hoạt ở các xã ven biển ngày càng trở nên gay gắt."
    assert [o.text for o in obstacles_in_sentence(text, 0, len(text))] == [
        "Tình trạng thiếu nước sinh hoạt ở các xã ven biển ngày càng trở nên gay gắt"]


def test_a_speaker_introduced_with_a_title_is_no_part_of_the_obstacle():
    # the quotation closes before its speaker, after a dash as after a comma
    assert items('"Nhiều hộ trong xóm không trả được nợ vì mất mùa" - chị Lan, một người dân ở '
                 'xã Tân Phú, chia sẻ.') == ["Nhiều hộ trong xóm không trả được nợ vì mất mùa"]
    assert items('"Giá phân bón tăng cao khiến nông dân lao đao" - Chủ tịch Hội Nông dân huyện - '
                 'ông Trần Văn Bình, cho biết.') == ["Giá phân bón tăng cao khiến nông dân lao đao"]
    # with no quotation, the speaker's part goes with the verb of saying cut after its title
    assert items("Hàng hóa ế ẩm từ đầu năm, bà Nguyễn Thị Hoa - chủ một cửa hàng tạp hóa ở xã "
                 "Tân Phú - cho biết.") == ["Hàng hóa ế ẩm từ đầu năm"]


def test_a_speaker_named_by_a_profession_or_any_verb_of_saying_is_cut_after_the_quotation():
    # a verb of saying outside the first lists ("nêu rõ", "lưu ý", "giải thích", "chốt lại" …)
    assert items('"Nhiều hộ dân vẫn gặp khó khăn vì thiếu nước tưới", Phó Chủ tịch huyện lưu ý.') == [
        "Nhiều hộ dân vẫn gặp khó khăn vì thiếu nước tưới"]
    assert items('"Xe cứu thương rất khó đi vào các thôn vùng cao" - Giám đốc Trung tâm Y tế '
                 'nêu rõ.') == ["Xe cứu thương rất khó đi vào các thôn vùng cao"]
    # a doctor named after the quotation, the verb of saying in a part of its own
    assert items("Trẻ em ở các thôn vùng cao còn thiếu vi chất dinh dưỡng”, bác sĩ Lê Thị Hoa, "
                 "Trưởng khoa Nhi chia sẻ.") == ["Trẻ em ở các thôn vùng cao còn thiếu vi chất dinh dưỡng"]


def test_a_consequence_after_a_comma_and_keo_theo_ends_the_obstacle():
    # ", kéo theo …" tells what the obstacle brought on
    assert items("Nhiều quán ăn ven biển đã đóng cửa hàng loạt, kéo theo nhiều vấn đề với các nhà "
                 "cung cấp.") == ["Nhiều quán ăn ven biển đã đóng cửa hàng loạt"]
    # whatever cue the consequence holds
    assert items("Giá thức ăn chăn nuôi tăng cao, kéo theo nhiều trang trại phải thu hẹp sản xuất.")[0] == (
        "Giá thức ăn chăn nuôi tăng cao")


def test_a_subject_holding_the_cue_ends_before_a_predicate_of_effect():
    # the shortage is the obstacle; what it did to the harvest plan is not part of it
    assert items("Nguồn nước tưới thiếu hụt đã gây sức ép lớn lên kế hoạch gieo cấy vụ đông của huyện.") == [
        "Nguồn nước tưới thiếu hụt"]
    assert items("Dịch tả lợn châu Phi bùng phát làm cho nhiều hộ chăn nuôi phải bỏ chuồng trống.")[0] == (
        "Dịch tả lợn châu Phi bùng phát")
    assert items("Giá vật liệu xây dựng tăng cao ảnh hưởng đến tiến độ nhiều công trình giao thông.")[0] == (
        "Giá vật liệu xây dựng tăng cao")
    # after a comma the effect is a clause of its own, and the span keeps it
    assert "ảnh hưởng đến" in items("Đường lên bản xuống cấp nghiêm trọng, ảnh hưởng đến việc chở hàng hóa ra chợ.")[0]


def test_a_trailing_clause_with_its_own_subject_is_cut_over_several_parts():
    # "chính quyền địa phương đã …": another actor's deed, however many comma parts it runs over
    assert items("Mưa lớn kéo dài khiến tuyến đê bao xã Phú Lâm bị sạt lở, chính quyền địa phương đã huy "
                 "động lực lượng, gia cố tạm bằng bao cát.") == [
        "Mưa lớn kéo dài khiến tuyến đê bao xã Phú Lâm bị sạt lở"]
    # a tail that opens on its word of tense goes on describing the obstacle: kept
    assert items("Cầu treo qua suối Nậm Cang xuống cấp nghiêm trọng, đã nhiều năm không được sửa chữa, "
                 "người dân phải lội suối.") == [
        ("Cầu treo qua suối Nậm Cang xuống cấp nghiêm trọng, đã nhiều năm không được sửa chữa, người dân "
         "phải lội suối")]
    # a first part that tells damage suffered ("bị") describes the obstacle further: kept
    assert items("Căn nhà cổ của dòng họ Trần đã xuống cấp, tường đã bị ố vàng, mái phủ rêu.") == [
        "Căn nhà cổ của dòng họ Trần đã xuống cấp, tường đã bị ố vàng, mái phủ rêu"]


def test_a_closing_comma_part_that_is_only_a_date_is_cut():
    # ", đầu tháng 10/2022": when it happened, not what went wrong
    assert items("Nhiều hộ nuôi cá lồng trên sông Lam chịu thiệt hại nặng do đợt lũ dữ, đầu tháng 10/2022.") == [
        "Nhiều hộ nuôi cá lồng trên sông Lam chịu thiệt hại nặng do đợt lũ dữ"]
    assert items("Kho hàng của hợp tác xã bị cháy rụi trong vụ hỏa hoạn vào chiều qua, ngày 14/3.") == [
        "Kho hàng của hợp tác xã bị cháy rụi trong vụ hỏa hoạn vào chiều qua"]
    # the last date of a list of dates stays with the others
    assert items("Tuyến đường vào xã Mường Lống bị sạt lở vào đêm 12/9, sáng 13/9.") == [
        "Tuyến đường vào xã Mường Lống bị sạt lở vào đêm 12/9, sáng 13/9"]
    # a part that opens on a date and goes on is no bare date
    assert items("Nhiều tuyến đường nội thị bị ngập sâu, năm 2022 là năm mưa lớn nhất.") == [
        "Nhiều tuyến đường nội thị bị ngập sâu, năm 2022 là năm mưa lớn nhất"]
