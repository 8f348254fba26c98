"""Obstacles: false candidates on unseen text (market reports, praise, plans, improvements) and
the category of what is kept."""

from newsmine.facts.obstacles import obstacles_in_sentence


def items(text):
    return [(o.text, o.category) for o in obstacles_in_sentence(text, 0, len(text))]


def test_a_stock_closing_and_a_change_of_staff_are_no_obstacles():
    assert items("Cổ phiếu của Công ty CP Thủy điện Nậm Mu đóng cửa phiên ở mức 18.500 đồng.") == []
    assert items("Giá đóng cửa của cổ phiếu này tăng gần 2% so với tuần trước.") == []
    assert items("Công ty CP Cấp nước Lào Cai vừa có biến động nhân sự ở cấp phó giám đốc.") == []
    assert len(items("Nhiều nhà hàng ven hồ phải đóng cửa vì vắng khách.")) == 1

