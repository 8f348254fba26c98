"""Obstacles: the span of one obstacle told in several comma parts, and one told again."""

from newsmine.facts.obstacles import obstacles_in_sentence


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
