"""The lines room: trafilatura's text split into lines, each normalised and of the kind its mark says."""

from newsmine.extract.dom import CAPTION, SAPO
from newsmine.extract.lines import Line, split_lines


def test_each_line_keeps_its_kind_when_a_line_between_normalises_to_nothing():
    text = (f"{SAPO}Tỉnh Lai Châu hoà vốn cho 12 xã vùng cao\n\u200b\u200b\n"
            f"{CAPTION}Ảnh: Cán bộ xã kiểm tra   công trình\nNgười dân  thuỷ lợi\tnội đồng")
    assert split_lines(text) == [Line("Tỉnh Lai Châu hòa vốn cho 12 xã vùng cao", "sapo"),
                                 Line("Ảnh: Cán bộ xã kiểm tra công trình", "caption"),
                                 Line("Người dân thủy lợi nội đồng", "body")]


def test_a_line_broken_by_a_carriage_return_stays_one_line():
    assert split_lines("Huyện Tủa Chùa\r\rhỗ trợ 40 hộ") == [Line("Huyện Tủa Chùa hỗ trợ 40 hộ", "body")]
