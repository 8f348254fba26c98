<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>ĐẨY NHANH GIẢI PHÓNG MẶT BẰNG DỰ ÁN ĐƯỜNG KẾT NỐI VỚI CAO TỐC NỘI BÀI - LÀO CAI</title>
<link rel="stylesheet" type="text/css" href="/Style/portal.css">
<link rel="alternate" type="application/rss+xml" title="Tin tức tỉnh Lai Châu" href="/rss.xml">
<script type="text/javascript" src="/Style/menu.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">
<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center" id="wrapper">
  <tr>
    <td colspan="3" class="banner"><a href="/"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="1000" height="120" alt="CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU" border="0"></a></td>
  </tr>
  <tr>
    <td colspan="3" class="topmenu">
      <a href="/">Trang chủ</a> | <a href="/Pages/gioi-thieu.aspx">Giới thiệu</a> | <a href="/Pages/chuyen-muc/tin-hoat-dong.aspx">Tin tức - Sự kiện</a> | <a href="/VanBan/">Văn bản</a> | <a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công</a> | <a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="/_layouts/15/Authenticate.aspx?Source=%2F">Đăng nhập</a>
    </td>
  </tr>
  <tr>
    <td width="200" valign="top" class="leftcol">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="menu-trai">
      <tr><td class="menu-header">DANH MỤC TIN</td></tr>
      <tr><td class="menu-item"><a href="/Pages/chuyen-muc/tin-hoat-dong.aspx">Tin hoạt động</a></td></tr>
      <tr><td class="menu-item selected"><a href="/Pages/chuyen-muc/chi-dao-dieu-hanh.aspx">Chỉ đạo - Điều hành</a></td></tr>
      <tr><td class="menu-item"><a href="/Pages/chuyen-muc/kinh-te-xa-hoi.aspx">Kinh tế - Xã hội</a></td></tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="vanban-moi">
      <tr><td class="menu-header">VĂN BẢN MỚI</td></tr>
      <tr><td><a href="/VanBan/Documents/ke-hoach-chuyen-doi-so-2024.pdf">Kế hoạch chuyển đổi số năm 2024 (tệp PDF)</a></td></tr>
      <tr><td><a href="/VanBan/Documents/quyet-dinh-ban-hanh-quy-che.doc">Quyết định ban hành quy chế (tệp DOC)</a></td></tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="lienket">
      <tr><td class="menu-header">LIÊN KẾT WEBSITE</td></tr>
      <tr><td><a href="https://chinhphu.vn/" target="_blank">Cổng TTĐT Chính phủ</a></td></tr>
      <tr><td><a href="https://dichvucong.gov.vn/" target="_blank">Cổng Dịch vụ công quốc gia</a></td></tr>
      </table>
    </td>
    <td width="600" valign="top" class="maincol">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="khung-tin">
        <tr><td class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="/Pages/chuyen-muc/chi-dao-dieu-hanh.aspx">Chỉ đạo - Điều hành</a></td></tr>
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">ĐẨY NHANH GIẢI PHÓNG MẶT BẰNG DỰ ÁN ĐƯỜNG KẾT NỐI VỚI CAO TỐC NỘI BÀI - LÀO CAI</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 20/06/2024 &nbsp;|&nbsp; Cập nhật: 20/06/2024 09:05 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=13130" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Chiều 19/6, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Quang chủ trì cuộc họp nghe báo cáo tiến độ bồi thường, hỗ trợ, tái định cư các dự án trọng điểm, trong đó có dự án đường kết nối thành phố Lai Châu với cao tốc Nội Bài - Lào Cai.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Tham dự cuộc họp có lãnh đạo Sở TN&amp;MT, Sở Giao thông vận tải, Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh, UBND huyện Tam Đường và UBND TP. Lai Châu.</p>
<p style="text-align: justify;">Theo báo cáo của Ban Quản lý dự án, tuyến đường có tổng chiều dài khoảng 54,2 km, tổng mức đầu tư 5.950 tỷ đồng, đi qua địa bàn 9 xã, phường. Tổng diện tích đất phải thu hồi là 412,6 ha, liên quan đến 1.873 hộ gia đình, cá nhân và 14 tổ chức. Đến ngày 15/6, các địa phương đã bàn giao 318,5 ha mặt bằng, đạt 77,2%; đã chi trả tiền bồi thường 642 tỷ đồng cho 1.406 hộ.</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Phó Chủ tịch UBND tỉnh Nguyễn Hữu Quang phát biểu chỉ đạo tại cuộc họp.</i></td></tr>
</table>
<p style="text-align: justify;">Ông Phạm Quốc Bảo, Giám đốc Sở TN&amp;MT cho biết, phần diện tích chưa bàn giao chủ yếu vướng ở các nội dung sau:</p>
<p style="text-align: justify;">- khoảng 36 ha đất rừng sản xuất chưa hoàn thành thủ tục chuyển mục đích sử dụng rừng;</p>
<p style="text-align: justify;">- nhiều thửa đất có biến động, hồ sơ địa chính không khớp với hiện trạng sử dụng;</p>
<p style="text-align: justify;">- một số hộ không đồng ý với đơn giá bồi thường cây chè, cây ăn quả;</p>
<p style="text-align: justify;">- hai khu tái định cư tại xã Bình Lư và xã Bản Giang thi công chậm, chưa đủ điều kiện giao đất;</p>
<p style="text-align: justify;">- việc di dời 28 cột điện trung thế, hạ thế và hệ thống cáp viễn thông chưa hoàn thành.</p>
<p style="text-align: justify;">Ông Sùng A Páo, Chủ tịch UBND huyện Tam Đường đề nghị tỉnh sớm điều chỉnh bảng giá đất, đồng thời cho phép hỗ trợ ổn định đời sống bằng 30 kg gạo/nhân khẩu/tháng trong 12 tháng đối với các hộ phải di chuyển chỗ ở.</p>
<p style="text-align: justify;">Kết luận cuộc họp, Phó Chủ tịch Quang yêu cầu UBND huyện Tam Đường, UBND TP. Lai Châu thành lập tổ công tác vận động các hộ chưa nhận tiền bồi thường, hoàn thành bàn giao toàn bộ mặt bằng trước ngày 30/9/2024. Sở TN&amp;MT hướng dẫn xử lý dứt điểm hồ sơ đất có biến động; Ban Quản lý dự án chỉ đạo nhà thầu đẩy nhanh thi công hai khu tái định cư, phấn đấu giải ngân vốn năm 2024 của dự án đạt trên 95% kế hoạch.</p>
<p align="right"><b>Tiến Dũng</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/thao-go-kho-khan-cay-mac-ca-cao-su.aspx?ItemID=69237">Khởi công dự án đường kết nối thành phố Lai Châu với cao tốc Nội Bài - Lào Cai</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/trao-quyet-dinh-bo-nhiem-giam-doc-so-van-hoa-the-thao-va-du-lich.aspx?ItemID=97197">TAM ĐƯỜNG BÀN GIAO 120 HA MẶT BẰNG CHO NHÀ THẦU</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/chu-dong-ung-pho-ret-dam-ret-hai.aspx?ItemID=93283">Giám đốc Sở TN&amp;MT Phạm Quốc Bảo đối thoại với hộ dân bị thu hồi đất</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/be-mac-ky-hop-thu-17-hdnd-tinh-khoa-xv.aspx?ItemID=81129">Phê duyệt giá đất cụ thể tính bồi thường tại xã Bình Lư</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/chu-dong-ung-pho-ret-dam-ret-hai.aspx?ItemID=93283">Chủ động ứng phó với đợt rét đậm, rét hại diện rộng</a> <span class="ngay">(22/01/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chay-chua-chay-rung-mua-kho-2023.aspx?ItemID=39528">Chủ tịch UBND tỉnh chỉ thị tăng cường phòng cháy, chữa cháy rừng mùa khô</a> <span class="ngay">(04/04/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chong-benh-soi-2025.aspx?ItemID=17077">Tăng cường phòng, chống bệnh sởi, không để dịch lan rộng</a> <span class="ngay">(12/03/2025)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ubnd-tinh-phien-hop-thuong-ky-thang-9-2024.aspx?ItemID=83202">UBND tỉnh họp phiên thường kỳ tháng 9 năm 2024</a> <span class="ngay">(02/10/2024)</span></td></tr>
          </table>
        </td></tr>
      </table>
    </td>
    <td width="200" valign="top" class="rightcol">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="thongbao">
      <tr><td class="menu-header">THÔNG BÁO</td></tr>
      <tr><td><a href="/Pages/thong-bao.aspx">Lịch tiếp công dân của lãnh đạo tỉnh</a></td></tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="thongke">
      <tr><td class="menu-header">THỐNG KÊ TRUY CẬP</td></tr>
      <tr><td>Đang trực tuyến: 128</td></tr>
      <tr><td>Tổng lượt truy cập: 4.815.162</td></tr>
      </table>
    </td>
  </tr>
  <tr>
    <td colspan="3" class="footer" align="center">
      <b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU</b><br>
      Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lai Châu<br>
      Trưởng Ban Biên tập: Đỗ Văn Thành<br>
      Địa chỉ: phường Đông Phong, thành phố Lai Châu, tỉnh Lai Châu - Điện thoại: 0213 3 876 xxx<br>
      Ghi rõ nguồn "Cổng Thông tin điện tử tỉnh Lai Châu" khi phát hành lại thông tin từ cổng này.<br>
      <i>Trang mô phỏng phục vụ thử nghiệm phần mềm newsmine; nhân vật và số liệu là hư cấu.</i>
    </td>
  </tr>
</table>
</form>
</body>
</html>
