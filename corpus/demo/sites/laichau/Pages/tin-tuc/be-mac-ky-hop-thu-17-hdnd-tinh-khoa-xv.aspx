<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>KỲ HỌP THỨ 17 HĐND TỈNH KHÓA XV THÔNG QUA 28 NGHỊ QUYẾT</title>
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
      <tr><td class="menu-item selected"><a href="/Pages/chuyen-muc/tin-hoat-dong.aspx">Tin hoạt động</a></td></tr>
      <tr><td class="menu-item"><a href="/Pages/chuyen-muc/chi-dao-dieu-hanh.aspx">Chỉ đạo - Điều hành</a></td></tr>
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
        <tr><td class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="/Pages/chuyen-muc/tin-hoat-dong.aspx">Tin hoạt động</a></td></tr>
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">KỲ HỌP THỨ 17 HĐND TỈNH KHÓA XV THÔNG QUA 28 NGHỊ QUYẾT</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 08/12/2023 &nbsp;|&nbsp; Cập nhật: 08/12/2023 18:05 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=81129" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Chiều 8/12, sau 3 ngày làm việc, kỳ họp thứ 17, HĐND tỉnh khóa XV, nhiệm kỳ 2021 - 2026 đã hoàn thành toàn bộ nội dung, chương trình đề ra và bế mạc.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Dự phiên bế mạc có đồng chí Điêu Chính Thành, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Lường Văn Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí trong Ban Thường vụ Tỉnh ủy, Thường trực HĐND tỉnh, Ủy ban MTTQ Việt Nam tỉnh; các vị đại biểu trong Đoàn ĐBQH tỉnh và 48 đại biểu HĐND tỉnh.</p>
<p style="text-align: justify;">Tại kỳ họp, các đại biểu đã xem xét, biểu quyết thông qua 28 nghị quyết, trong đó có các nghị quyết về dự toán thu, chi ngân sách địa phương năm 2024; kế hoạch đầu tư công năm 2024; chính sách hỗ trợ phát triển du lịch cộng đồng và quy định mức chi bảo đảm cho công tác cải cách hành chính.</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Quang cảnh phiên bế mạc kỳ họp thứ 17, HĐND tỉnh khóa XV.</i></td></tr>
</table>
<p style="text-align: justify;">Theo nghị quyết về dự toán, tổng thu ngân sách nhà nước trên địa bàn năm 2024 là 2.850 tỷ đồng; tổng chi ngân sách địa phương 9.426,8 tỷ đồng, trong đó chi đầu tư phát triển 2.316 tỷ đồng. Tổng vốn đầu tư công của tỉnh khoảng 3,2 nghìn tỷ đồng, ưu tiên bố trí cho ba chương trình mục tiêu quốc gia và các dự án chuyển tiếp. Chỉ tiêu tăng trưởng kinh tế được xác định 7,3 - 7,5%; thu nhập bình quân đầu người đạt 52 triệu đồng/năm; tỷ lệ hộ nghèo giảm từ 3,5 đến 4%.</p>
<p style="text-align: justify;">Trong phiên chất vấn, 14 lượt đại biểu đặt câu hỏi với Giám đốc Sở TN&amp;MT, Giám đốc Sở Y tế và Giám đốc Sở Giáo dục và Đào tạo. Nội dung chất vấn tập trung vào những vấn đề cử tri nhiều lần kiến nghị:</p>
<p style="text-align: justify;">- việc cấp giấy chứng nhận quyền sử dụng đất cho người dân tái định cư thủy điện còn chậm;</p>
<p style="text-align: justify;">- thiếu bác sĩ tại các trạm y tế xã vùng cao;</p>
<p style="text-align: justify;">- tình trạng thiếu giáo viên mầm non, tiểu học ở các huyện Mường Tè, Sìn Hồ;</p>
<p style="text-align: justify;">- một số tuyến đường liên xã xuống cấp nhưng chưa có kinh phí sửa chữa.</p>
<p style="text-align: justify;">Các thành viên UBND tỉnh được chất vấn đã làm rõ nguyên nhân và cam kết lộ trình khắc phục. Giám đốc Sở TN&amp;MT nhận trách nhiệm về việc chậm cấp giấy chứng nhận, hứa hoàn thành trước quý III/2024 đối với khoảng 1.300 hồ sơ còn tồn đọng.</p>
<p style="text-align: justify;">Phát biểu bế mạc, Chủ tịch HĐND tỉnh Điêu Chính Thành đề nghị UBND tỉnh sớm ban hành kế hoạch triển khai các nghị quyết vừa được thông qua. Các ban của HĐND tỉnh, các tổ đại biểu tăng cường giám sát việc giải quyết kiến nghị cử tri sau kỳ họp; mỗi đại biểu cần báo cáo kết quả kỳ họp tới cử tri nơi ứng cử.</p>
<p align="right"><b>Thu Hà</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tong-ket-nam-hoc-2022-2023-nganh-giao-duc.aspx?ItemID=42604">Khai mạc kỳ họp thứ 17, HĐND tỉnh khóa XV</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/so-ket-6-thang-cac-chuong-trinh-muc-tieu-quoc-gia-2023.aspx?ItemID=68900">HĐND TỈNH CHẤT VẤN 3 GIÁM ĐỐC SỞ VỀ ĐẤT ĐAI, Y TẾ, GIÁO DỤC</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/dien-tich-che-toan-tinh-dat-hon-10600-ha.aspx?ItemID=72427">Thường trực HĐND tỉnh giám sát việc giải quyết kiến nghị cử tri tại Nậm Nhùn</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chay-chua-chay-rung-mua-kho-2023.aspx?ItemID=39528">Dự toán ngân sách năm 2024: Thu nội địa 2.700 tỷ đồng</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tong-ket-nam-hoc-2022-2023-nganh-giao-duc.aspx?ItemID=42604">Ngành giáo dục tổng kết năm học 2022 - 2023, triển khai nhiệm vụ năm học mới</a> <span class="ngay">(24/08/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/so-ket-6-thang-cac-chuong-trinh-muc-tieu-quoc-gia-2023.aspx?ItemID=68900">Sơ kết 6 tháng đầu năm 2023 thực hiện các chương trình mục tiêu quốc gia</a> <span class="ngay">(14/07/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/than-uyen-phan-dau-dat-chuan-huyen-nong-thon-moi.aspx?ItemID=12539">Than Uyên phấn đấu đạt chuẩn huyện nông thôn mới trong năm 2025</a> <span class="ngay">(18/02/2025)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ban-chi-dao-chuyen-doi-so-so-ket-6-thang-2024.aspx?ItemID=73454">Chỉ số chuyển đổi số của tỉnh tăng 9 bậc</a> <span class="ngay">(15/08/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/trao-quyet-dinh-bo-nhiem-giam-doc-so-van-hoa-the-thao-va-du-lich.aspx?ItemID=97197">Trao quyết định bổ nhiệm Giám đốc Sở Văn hóa, Thể thao và Du lịch</a> <span class="ngay">(15/03/2024)</span></td></tr>
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
